namespace Storyline.Core.Analysis;

/// <summary>Something only some of a story's articles report, or numbers that disagree.</summary>
public sealed record StoryDifference(string Text, IReadOnlyList<string> Articles);
