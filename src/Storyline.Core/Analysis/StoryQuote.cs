namespace Storyline.Core.Analysis;

/// <summary>A quote in a story, with its resolved speaker and the article it appears in.</summary>
public sealed record StoryQuote(string? Speaker, string Text, string Article);
