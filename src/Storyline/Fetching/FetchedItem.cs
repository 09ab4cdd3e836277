using Storyline.Core.Extraction;
using Storyline.Core.Feeds;

namespace Storyline.Fetching;

/// <summary>A new feed item, with the full text of its linked page when the feed carried only a summary.</summary>
public sealed record FetchedItem
{
    public required FeedItem Item { get; init; }

    /// <summary>The linked page's article, when it was fetched and extracted.</summary>
    public ExtractedArticle? FullText { get; init; }

    /// <summary>Why the feed's own text is kept (no link, fetch failed, extraction refused, budget spent); null when the feed text was complete or the full text was used.</summary>
    public string? FullTextNote { get; init; }
}
