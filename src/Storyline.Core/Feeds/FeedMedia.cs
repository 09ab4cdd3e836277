namespace Storyline.Core.Feeds;

/// <summary>A media object attached to an item: an enclosure, a Media RSS content, an attachment or an image.</summary>
public sealed record FeedMedia
{
    public required Uri Url { get; init; }
    public required MediaKind Kind { get; init; }
    public string? MimeType { get; init; }
    public long? LengthBytes { get; init; }
    public TimeSpan? Duration { get; init; }
    public int? Width { get; init; }
    public int? Height { get; init; }
    public string? Title { get; init; }

    /// <summary>A still picture for the object (Media RSS thumbnail, iTunes image), when the feed gives one.</summary>
    public Uri? ThumbnailUrl { get; init; }
}
