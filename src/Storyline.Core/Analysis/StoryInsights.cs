namespace Storyline.Core.Analysis;

/// <summary>What a story's articles say together: entities merged with aliases, quotes, claims and differences.</summary>
public sealed record StoryInsights
{
    public required IReadOnlyList<StoryEntity> Entities { get; init; }
    public required IReadOnlyList<StoryQuote> Quotes { get; init; }
    public required IReadOnlyList<StoryClaim> Claims { get; init; }
    public required IReadOnlyList<StoryDifference> Differences { get; init; }

    public static StoryInsights Empty { get; } = new() { Entities = [], Quotes = [], Claims = [], Differences = [] };
}
