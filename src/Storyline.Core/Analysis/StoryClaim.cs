namespace Storyline.Core.Analysis;

/// <summary>A numeric fact ("18 municipal districts") and the articles that state it.</summary>
public sealed record StoryClaim(string Text, double Value, IReadOnlyList<string> Articles);
