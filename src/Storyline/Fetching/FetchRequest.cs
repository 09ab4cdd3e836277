namespace Storyline.Fetching;

/// <summary>What to fetch, with the validators of the previous answer for a conditional GET.</summary>
public sealed record FetchRequest
{
    public required Uri Url { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public string? BodyHash { get; init; }

    /// <summary>The Accept header; feeds and pages want different ones.</summary>
    public string Accept { get; init; } = FeedAccept;

    public const string FeedAccept = "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
    public const string PageAccept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";
}
