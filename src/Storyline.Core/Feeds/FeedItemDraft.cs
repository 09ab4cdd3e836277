namespace Storyline.Core.Feeds;

/// <summary>An item while a format parser fills it in; <see cref="FeedAssembler"/> turns drafts into <see cref="FeedItem"/>s.</summary>
internal sealed class FeedItemDraft
{
    public string? Guid { get; set; }
    public Uri? Link { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Content { get; set; }
    public DateTimeOffset? Published { get; set; }
    public DateTimeOffset? Updated { get; set; }
    public List<string> Authors { get; } = [];
    public List<string> Topics { get; } = [];
    public List<FeedMedia> Media { get; } = [];
}
