namespace Storyline.Fetching;

/// <summary>The closed set of results of one HTTP fetch.</summary>
public abstract record FetchOutcome
{
    private FetchOutcome() { }

    /// <summary>The address fetched (after redirects).</summary>
    public required Uri Url { get; init; }

    /// <summary>Set when every redirect on the way was permanent (301/308): the subscription should move there.</summary>
    public Uri? MovedTo { get; init; }

    /// <summary>A new body arrived.</summary>
    public sealed record Fetched : FetchOutcome
    {
        public required ReadOnlyMemory<byte> Body { get; init; }
        public string? ContentType { get; init; }

        /// <summary>Validators exactly as the server sent them, for the next conditional GET.</summary>
        public string? ETag { get; init; }
        public string? LastModified { get; init; }

        /// <summary>SHA-256 of the body (hex), which catches servers that ignore conditional GET.</summary>
        public required string BodyHash { get; init; }
    }

    /// <summary>Nothing new: a 304, or a 200 with the same body hash as last time.</summary>
    public sealed record NotModified : FetchOutcome
    {
        /// <summary>True when the server answered 304; false when the body hash matched.</summary>
        public required bool ByServer { get; init; }
    }

    /// <summary>429, or 503 with Retry-After: come back after <see cref="RetryAfter"/> (already capped).</summary>
    public sealed record RateLimited : FetchOutcome
    {
        public required TimeSpan RetryAfter { get; init; }
    }

    /// <summary>410 Gone: the publisher says the feed is gone; it is still polled, at the longest interval.</summary>
    public sealed record Gone : FetchOutcome;

    public sealed record Failed : FetchOutcome
    {
        public required FetchFailureKind Kind { get; init; }
        public required string Reason { get; init; }
        public int? StatusCode { get; init; }
    }
}
