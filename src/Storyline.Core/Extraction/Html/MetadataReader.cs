using AngleSharp.Dom;
using Storyline.Core.Text;

namespace Storyline.Core.Extraction.Html;

/// <summary>Reads title, byline, date, site, language and canonical address: JSON-LD, then OpenGraph and meta tags, then the document.</summary>
internal static class MetadataReader
{
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date",
        "publish_date", "published_time", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "dc.date.created",
        "sailthru.date", "parsely-pub-date", "article.published", "publication_date", "cxenseparse:recs:publishtime",
        "displaydate", "original-publish-date", "og:published_time", "release_date", "created", "article:modified_time",
    ];

    public static PageMetadata Read(IDocument document, MetadataScan scan, Uri? url)
    {
        var meta = scan.Meta;
        JsonLdArticle? ld = null;
        foreach (var json in scan.JsonLd)
            if ((ld = JsonLdArticle.Parse(json)) is not null) break;

        var site = Clean(Get(meta, "og:site_name") ?? ld?.Publisher ?? Get(meta, "application-name") ?? Get(meta, "twitter:site")?.TrimStart('@'));
        var canonical = Resolve(scan.Canonical, url)
            ?? Resolve(Get(meta, "og:url"), url) ?? Resolve(ld?.Url, url) ?? url?.ToString();
        return new PageMetadata
        {
            Title = TitleChooser.Choose(document.Title, scan.Headings, ld?.Headline, Get(meta, "og:title") ?? Get(meta, "twitter:title"), site),
            Byline = Byline(scan, ld, meta),
            Published = Published(scan, ld, meta, canonical ?? url?.ToString()),
            Site = site ?? HostName(canonical is not null && Uri.TryCreate(canonical, UriKind.Absolute, out var c) ? c : url),
            Language = Language(document, ld, meta),
            CanonicalUrl = canonical,
            Topics = Topics(scan, ld),
        };
    }

    private static string? HostName(Uri? uri) =>
        uri is null ? null : uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;

    private static string? Get(Dictionary<string, string> meta, string key) => meta.GetValueOrDefault(key);

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : Whitespace.Collapse(System.Net.WebUtility.HtmlDecode(s));

    private static string? Resolve(string? href, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        if (Uri.TryCreate(href.Trim(), UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https") return absolute.ToString();
        return baseUrl is not null && Uri.TryCreate(baseUrl, href.Trim(), out var relative) ? relative.ToString() : null;
    }

    private static string? Byline(MetadataScan scan, JsonLdArticle? ld, Dictionary<string, string> meta)
    {
        var candidate = ld?.Author ?? Get(meta, "author") ?? Get(meta, "article:author") ?? Get(meta, "parsely-author") ?? Get(meta, "sailthru.author") ?? Get(meta, "dc.creator");
        if (candidate is not null && !candidate.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return Clean(candidate);
        var text = scan.AuthorElements.Select(e => Clean(TextCounter.Bounded(e, 200))).FirstOrDefault(t => t is { Length: > 2 });
        if (text is null || text.Length > 100) return null;
        return text.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? text[3..].Trim() : text;
    }

    private static DateTimeOffset? Published(MetadataScan scan, JsonLdArticle? ld, Dictionary<string, string> meta, string? url)
    {
        if (DateParser.Parse(ld?.DatePublished) is { } fromLd) return fromLd;
        foreach (var name in DateMetaNames)
            if (DateParser.Parse(Get(meta, name)) is { } fromMeta) return fromMeta;
        foreach (var element in scan.DateElements)
        {
            var value = element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? TextCounter.Bounded(element, 100);
            if (DateParser.Parse(value) is { } fromTime) return fromTime;
        }
        return DateParser.FromUrl(url) ?? DateInText(scan);
    }

    /// <summary>Last resort: a date written near the top of the page in an element named like a date.</summary>
    private static DateTimeOffset? DateInText(MetadataScan scan)
    {
        foreach (var element in scan.DateNamed)
        {
            var text = TextCounter.Bounded(element, 80);
            if (text is null) continue;
            if (DateParser.Parse(text.Replace("Published", "", StringComparison.OrdinalIgnoreCase).Replace("Updated", "", StringComparison.OrdinalIgnoreCase).Trim(' ', ':', '|')) is { } found)
                return found;
        }
        return null;
    }

    private static string? Language(IDocument document, JsonLdArticle? ld, Dictionary<string, string> meta)
    {
        var raw = document.DocumentElement?.GetAttribute("lang") ?? document.DocumentElement?.GetAttribute("xml:lang")
            ?? Get(meta, "content-language") ?? Get(meta, "og:locale") ?? Get(meta, "language") ?? ld?.Language;
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var primary = raw.Trim().Split('-', '_', ',', ' ')[0].ToLowerInvariant();
        return primary.Length is >= 2 and <= 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    private static List<string> Topics(MetadataScan scan, JsonLdArticle? ld)
    {
        var topics = scan.Tags.Concat(ld?.Keywords ?? []);
        return [.. topics.Where(t => t.Length is > 1 and < 60).Distinct(StringComparer.OrdinalIgnoreCase).Take(30)];
    }
}
