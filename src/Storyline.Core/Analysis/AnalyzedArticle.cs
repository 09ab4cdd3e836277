namespace Storyline.Core.Analysis;

/// <summary>One article of a story as the story-level merge sees it.</summary>
public sealed record AnalyzedArticle(string Id, string Source, string Text, TextAnalysis Analysis);
