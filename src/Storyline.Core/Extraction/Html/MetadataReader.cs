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

    public static PageMetadata Read(IDocument document, Uri? url)
    {
        var meta = CollectMeta(document);
        JsonLdArticle? ld = null;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
            if ((ld = JsonLdArticle.Parse(script.TextContent)) is not null) break;

        var site = Clean(Get(meta, "og:site_name") ?? ld?.Publisher ?? Get(meta, "application-name") ?? Get(meta, "twitter:site")?.TrimStart('@'));
        var canonical = Resolve(document.QuerySelector("link[rel='canonical' i]")?.GetAttribute("href"), url)
            ?? Resolve(Get(meta, "og:url"), url) ?? Resolve(ld?.Url, url) ?? url?.ToString();
        return new PageMetadata
        {
            Title = TitleChooser.Choose(document, ld?.Headline, Get(meta, "og:title") ?? Get(meta, "twitter:title"), site),
            Byline = Byline(document, ld, meta),
            Published = Published(document, ld, meta, canonical ?? url?.ToString()),
            Site = site ?? (canonical is not null && Uri.TryCreate(canonical, UriKind.Absolute, out var c) ? c.Host : url?.Host),
            Language = Language(document, ld, meta),
            CanonicalUrl = canonical,
            Topics = Topics(document, ld),
        };
    }

    private static Dictionary<string, string> CollectMeta(IDocument document)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop") ?? element.GetAttribute("http-equiv");
            var content = element.GetAttribute("content") ?? element.GetAttribute("datetime");
            if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(content)) continue;
            meta.TryAdd(key.Trim(), content.Trim());
        }
        return meta;
    }

    private static string? Get(Dictionary<string, string> meta, string key) => meta.GetValueOrDefault(key);

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : Whitespace.Collapse(System.Net.WebUtility.HtmlDecode(s));

    private static string? Resolve(string? href, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        if (Uri.TryCreate(href.Trim(), UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https") return absolute.ToString();
        return baseUrl is not null && Uri.TryCreate(baseUrl, href.Trim(), out var relative) ? relative.ToString() : null;
    }

    private static string? Byline(IDocument document, JsonLdArticle? ld, Dictionary<string, string> meta)
    {
        var candidate = ld?.Author ?? Get(meta, "author") ?? Get(meta, "article:author") ?? Get(meta, "parsely-author") ?? Get(meta, "sailthru.author") ?? Get(meta, "dc.creator");
        if (candidate is not null && !candidate.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return Clean(candidate);
        var element = document.QuerySelector("[rel='author'], [itemprop='author'] [itemprop='name'], [itemprop='author'], .byline, .author-name, .author");
        var text = element is null ? null : Clean(element.TextContent);
        if (text is null || text.Length > 100) return null;
        return text.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? text[3..].Trim() : text;
    }

    private static DateTimeOffset? Published(IDocument document, JsonLdArticle? ld, Dictionary<string, string> meta, string? url)
    {
        if (DateParser.Parse(ld?.DatePublished) is { } fromLd) return fromLd;
        foreach (var name in DateMetaNames)
            if (DateParser.Parse(Get(meta, name)) is { } fromMeta) return fromMeta;
        foreach (var element in document.QuerySelectorAll("[itemprop='datePublished'], time[datetime], time[pubdate]").Take(20))
        {
            var value = element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.TextContent;
            if (DateParser.Parse(value) is { } fromTime) return fromTime;
        }
        return DateParser.FromUrl(url) ?? DateInText(document);
    }

    /// <summary>Last resort: a date written near the top of the page in an element named like a date.</summary>
    private static DateTimeOffset? DateInText(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("[class*='date' i], [class*='time' i], [id*='date' i], [class*='publish' i]").Take(20))
        {
            var text = element.TextContent;
            if (text.Length > 80) continue;
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

    private static List<string> Topics(IDocument document, JsonLdArticle? ld)
    {
        var topics = document.QuerySelectorAll("meta[property='article:tag'], meta[name='news_keywords'], meta[name='keywords']")
            .SelectMany(m => (m.GetAttribute("content") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Concat(ld?.Keywords ?? []);
        return [.. topics.Where(t => t.Length is > 1 and < 60).Distinct(StringComparer.OrdinalIgnoreCase).Take(30)];
    }
}
