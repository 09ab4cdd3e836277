using Storyline.Core.Feeds;

namespace Storyline.Fetching;

/// <summary>What one poll of one feed produced: the fetch outcome, the feed, its new items, and the state saved.</summary>
public sealed record FeedPollResult
{
    public required FetchOutcome Outcome { get; init; }

    /// <summary>The parsed feed, when a new body arrived and parsed.</summary>
    public ParsedFeed? Feed { get; init; }

    /// <summary>Items not seen before, in feed order.</summary>
    public IReadOnlyList<FetchedItem> NewItems { get; init; } = [];
    public required FeedState State { get; init; }
    public required TimeSpan Duration { get; init; }
}
