namespace Storyline.Core.Feeds;

/// <summary>One entry of a feed, normalised across formats. Titles are plain text; summary and content are HTML as given.</summary>
public sealed record FeedItem
{
    /// <summary>Stable identity within the feed ("guid:…", "link:…" or "hash:…"); unique within one <see cref="ParsedFeed"/>.</summary>
    public required string Id { get; init; }
    public required ItemIdentitySource IdentitySource { get; init; }

    /// <summary>The GUID / id as the feed gave it, when it gave one.</summary>
    public string? Guid { get; init; }

    /// <summary>The item's own page, absolute; null for items with no link.</summary>
    public Uri? Link { get; init; }
    public string? Title { get; init; }
    public string? Summary { get; init; }
    public string? Content { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Categories, tags, keywords and hashtags, de-duplicated case-insensitively.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
    public IReadOnlyList<FeedMedia> Media { get; init; } = [];

    /// <summary>A hash of the normalised title and text, for deduplication across feeds and GUID changes.</summary>
    public required string ContentHash { get; init; }
}
