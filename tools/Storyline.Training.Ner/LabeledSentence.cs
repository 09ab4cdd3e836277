namespace Storyline.Training.Ner;

/// <summary>One tokenised sentence with its gold BIO tags and the corpus it came from.</summary>
public sealed record LabeledSentence(string[] Words, int[] Tags, string Corpus);
