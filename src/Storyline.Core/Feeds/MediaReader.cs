using System.Globalization;
using System.Xml.Linq;
using static Storyline.Core.Feeds.XmlFeedReading;

namespace Storyline.Core.Feeds;

/// <summary>Reads RSS enclosures, Media RSS (content, group, thumbnail, keywords) and iTunes extensions of one item.</summary>
internal static class MediaReader
{
    private static readonly XNamespace[] Mrss = [FeedNamespaces.Media, FeedNamespaces.MediaWrong];

    public static void Read(XElement item, Uri? baseUri, FeedItemDraft draft)
    {
        var itemThumb = Thumbnail(item, baseUri)
            ?? FeedText.Resolve(Attr(Child(item, "image", FeedNamespaces.ITunes), "href"), baseUri);
        var itunesDuration = Duration(ChildText(item, "duration", FeedNamespaces.ITunes));

        foreach (var enclosure in Children(item, "enclosure", XNamespace.None, FeedNamespaces.Rss10))
            Add(draft, Attr(enclosure, "url"), Attr(enclosure, "type"), null, baseUri, itemThumb, itunesDuration, enclosure, null);

        var groups = Children(item, "group", Mrss).Prepend(item);
        foreach (var group in groups)
        {
            var groupThumb = Thumbnail(group, baseUri) ?? itemThumb;
            var groupTitle = ChildText(group, "title", Mrss);
            foreach (var content in Children(group, "content", Mrss))
            {
                var thumb = Thumbnail(content, baseUri) ?? groupThumb;
                var title = ChildText(content, "title", Mrss) ?? groupTitle;
                Add(draft, Attr(content, "url"), Attr(content, "type"), Attr(content, "medium"), baseUri, thumb,
                    Duration(Attr(content, "duration")) ?? itunesDuration, content, title);
            }
            if (ChildText(group, "keywords", Mrss) is { } keywords)
                draft.Topics.AddRange(keywords.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            draft.Topics.AddRange(Children(group, "category", Mrss).Select(c => c.Value.Trim()));
            if (draft.Summary is null && ChildText(group, "description", Mrss) is { } description) draft.Summary = description;
        }

        // A thumbnail with no media object of its own is the item's picture.
        if (draft.Media.Count == 0 && itemThumb is not null)
            draft.Media.Add(new FeedMedia { Url = itemThumb, Kind = MediaKind.Image, ThumbnailUrl = itemThumb });
    }

    private static void Add(FeedItemDraft draft, string? url, string? type, string? medium, Uri? baseUri, Uri? thumb,
        TimeSpan? duration, XElement element, string? title)
    {
        if (FeedText.Resolve(url, baseUri) is not { } resolved) return;
        var kind = KindOf(medium, type, resolved);
        draft.Media.Add(new FeedMedia
        {
            Url = resolved,
            Kind = kind,
            MimeType = type,
            LengthBytes = Long(Attr(element, "length") ?? Attr(element, "fileSize")) is > 0 and var n ? n : null,
            Duration = kind is MediaKind.Audio or MediaKind.Video ? duration : null,
            Width = Int(Attr(element, "width")),
            Height = Int(Attr(element, "height")),
            Title = FeedText.Plain(title),
            ThumbnailUrl = kind == MediaKind.Image ? thumb ?? resolved : thumb,
        });
    }

    private static Uri? Thumbnail(XElement element, Uri? baseUri) =>
        FeedText.Resolve(Attr(Child(element, "thumbnail", Mrss), "url"), baseUri);

    /// <summary>The kind of a media object from its Media RSS medium, its MIME type, or its file extension.</summary>
    public static MediaKind KindOf(string? medium, string? mimeType, Uri url)
    {
        var m = (medium ?? mimeType ?? "").ToLowerInvariant();
        if (m.StartsWith("video", StringComparison.Ordinal) || m.Contains("mpegurl", StringComparison.Ordinal)) return MediaKind.Video;
        if (m.StartsWith("audio", StringComparison.Ordinal)) return MediaKind.Audio;
        if (m.StartsWith("image", StringComparison.Ordinal)) return MediaKind.Image;
        var ext = Path.GetExtension(url.AbsolutePath).ToLowerInvariant();
        return ext switch
        {
            ".mp4" or ".m4v" or ".webm" or ".mov" or ".m3u8" or ".mkv" => MediaKind.Video,
            ".mp3" or ".m4a" or ".ogg" or ".oga" or ".opus" or ".wav" or ".aac" or ".flac" => MediaKind.Audio,
            ".jpg" or ".jpeg" or ".png" or ".gif" or ".webp" or ".avif" or ".svg" => MediaKind.Image,
            _ => MediaKind.Other,
        };
    }

    /// <summary>Seconds ("754", "754.5") or clock time ("12:34", "1:02:03").</summary>
    public static TimeSpan? Duration(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var parts = value.Trim().Split(':');
        if (parts.Length > 3) return null;
        double seconds = 0;
        foreach (var part in parts)
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n < 0) return null;
            seconds = seconds * 60 + n;
        }
        return seconds is > 0 and < 7 * 24 * 3600 ? TimeSpan.FromSeconds(Math.Round(seconds)) : null;
    }
}
