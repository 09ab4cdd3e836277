using System.Net;
using System.Text.Json;

namespace Storyline.Core.Feeds;

/// <summary>JSON Feed 1.0 and 1.1 (jsonfeed.org), tolerant of wrong value types.</summary>
internal static class JsonFeedParser
{
    public static FeedParseOutcome Parse(string text, Uri? feedUrl, List<string> warnings, FeedParserOptions options)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions
            {
                MaxDepth = options.MaxDepth,
                AllowTrailingCommas = true,
                CommentHandling = JsonCommentHandling.Skip,
            });
        }
        catch (JsonException e)
        {
            return e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
                ? new FeedParseOutcome.Refused($"JSON nested deeper than {options.MaxDepth} levels")
                : new FeedParseOutcome.Invalid("malformed JSON: " + e.Message);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Str(root, "version") is not { } version
                || !version.Contains("jsonfeed.org/version/", StringComparison.OrdinalIgnoreCase))
                return new FeedParseOutcome.Invalid("JSON document is not a JSON Feed (no jsonfeed.org version)");

            var siteUrl = FeedText.Resolve(Str(root, "home_page_url"), feedUrl);
            var itemBase = siteUrl ?? feedUrl;
            var drafts = new List<FeedItemDraft>();
            var badDates = 0;
            if (root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
                foreach (var item in items.EnumerateArray())
                {
                    if (drafts.Count > options.MaxItems) break;
                    if (item.ValueKind == JsonValueKind.Object) drafts.Add(Item(item, itemBase, ref badDates));
                }
            if (badDates > 0) warnings.Add($"{badDates} unreadable date(s) ignored");

            var header = new ParsedFeed
            {
                Format = version.EndsWith("1.1", StringComparison.Ordinal) ? FeedFormat.JsonFeed11 : FeedFormat.JsonFeed10,
                Title = FeedText.Plain(Str(root, "title")),
                SiteUrl = siteUrl,
                FeedUrl = FeedText.Resolve(Str(root, "feed_url"), feedUrl),
                Description = Str(root, "description"),
                Language = Str(root, "language"),
                Items = [],
            };
            return new FeedParseOutcome.Parsed(FeedAssembler.Build(header, drafts, warnings, options));
        }
    }

    private static FeedItemDraft Item(JsonElement item, Uri? baseUri, ref int badDates)
    {
        // The id may be a number in 1.0 feeds; it is compared as a string.
        var id = item.TryGetProperty("id", out var idValue) && idValue.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? idValue.ToString() : null;
        var draft = new FeedItemDraft
        {
            Guid = id,
            Link = FeedText.Resolve(Str(item, "url"), baseUri) ?? FeedText.Resolve(Str(item, "external_url"), baseUri),
            Title = Str(item, "title"),
            Summary = Str(item, "summary") is { } summary ? WebUtility.HtmlEncode(summary) : null,
            Content = Str(item, "content_html") ?? (Str(item, "content_text") is { } plain ? WebUtility.HtmlEncode(plain) : null),
        };
        var published = Str(item, "date_published");
        var modified = Str(item, "date_modified");
        draft.Published = FeedDates.Parse(published);
        draft.Updated = FeedDates.Parse(modified);
        if ((published is not null && draft.Published is null) || (modified is not null && draft.Updated is null)) badDates++;

        if (item.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
            draft.Authors.AddRange(authors.EnumerateArray().Select(a => Str(a, "name")).OfType<string>());
        else if (item.TryGetProperty("author", out var author) && Str(author, "name") is { } name)
            draft.Authors.Add(name);
        if (item.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array)
            draft.Topics.AddRange(tags.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!));

        if (item.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array)
            foreach (var a in attachments.EnumerateArray())
            {
                if (FeedText.Resolve(Str(a, "url"), baseUri) is not { } url) continue;
                var mime = Str(a, "mime_type");
                var kind = MediaReader.KindOf(null, mime, url);
                draft.Media.Add(new FeedMedia
                {
                    Url = url,
                    Kind = kind,
                    MimeType = mime,
                    Title = FeedText.Plain(Str(a, "title")),
                    LengthBytes = Num(a, "size_in_bytes") is > 0 and var n ? (long)n : null,
                    Duration = Num(a, "duration_in_seconds") is > 0 and < 7 * 24 * 3600 and var d ? TimeSpan.FromSeconds(Math.Round(d)) : null,
                });
            }
        var image = FeedText.Resolve(Str(item, "image"), baseUri) ?? FeedText.Resolve(Str(item, "banner_image"), baseUri);
        if (image is not null)
        {
            if (draft.Media.Count == 0) draft.Media.Add(new FeedMedia { Url = image, Kind = MediaKind.Image, ThumbnailUrl = image });
            else for (var i = 0; i < draft.Media.Count; i++) draft.Media[i] = draft.Media[i] with { ThumbnailUrl = draft.Media[i].ThumbnailUrl ?? image };
        }
        return draft;
    }

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { } s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    private static double? Num(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) ? d : null;
}
