namespace Storyline.Core.Feeds;

/// <summary>A feed document after parsing: its metadata and its items in document order.</summary>
public sealed record ParsedFeed
{
    public required FeedFormat Format { get; init; }
    public string? Title { get; init; }

    /// <summary>The site the feed belongs to (RSS channel link, Atom alternate link, JSON Feed home_page_url).</summary>
    public Uri? SiteUrl { get; init; }

    /// <summary>The feed's own address as it declares it (Atom self link, JSON Feed feed_url).</summary>
    public Uri? FeedUrl { get; init; }
    public string? Description { get; init; }
    public string? Language { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public required IReadOnlyList<FeedItem> Items { get; init; }

    /// <summary>What was repaired or dropped on the way (bad dates, duplicate GUIDs, items over the cap).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
