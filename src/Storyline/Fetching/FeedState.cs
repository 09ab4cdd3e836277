namespace Storyline.Fetching;

/// <summary>A subscribed feed and its fetch state: what the next conditional GET sends and what the health page shows.</summary>
public sealed record FeedState
{
    /// <summary>The address subscribed to (the key).</summary>
    public required Uri Url { get; init; }

    /// <summary>Where the feed moved permanently (301/308); fetched instead of <see cref="Url"/> when set.</summary>
    public Uri? MovedTo { get; init; }
    public string? Title { get; init; }
    public Uri? SiteUrl { get; init; }

    /// <summary>OPML folder path, when imported from one.</summary>
    public string? Category { get; init; }
    public required DateTimeOffset Added { get; init; }

    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public string? BodyHash { get; init; }

    public DateTimeOffset? LastCheck { get; init; }
    public DateTimeOffset? LastSuccess { get; init; }

    /// <summary>When the feed is due; null means as soon as possible.</summary>
    public DateTimeOffset? NextCheck { get; init; }

    /// <summary>One line: what went wrong at the last check, null after a success.</summary>
    public string? LastError { get; init; }

    /// <summary>Consecutive failed checks; drives the backoff, reset by a success.</summary>
    public int ErrorCount { get; init; }

    /// <summary>Typical gap between the feed's items, estimated from their dates.</summary>
    public TimeSpan? PublishInterval { get; init; }

    /// <summary>The address to fetch now.</summary>
    public Uri FetchUrl => MovedTo ?? Url;
}
