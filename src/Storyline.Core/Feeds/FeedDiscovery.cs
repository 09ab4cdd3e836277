using AngleSharp.Html.Parser;

namespace Storyline.Core.Feeds;

/// <summary>Finds the feeds an HTML page advertises (<c>&lt;link rel="alternate" type="application/rss+xml" href="…"&gt;</c>).</summary>
public static class FeedDiscovery
{
    /// <summary>Advertised feeds examined per page.</summary>
    public const int MaxLinks = 20;

    private static readonly string[] FeedTypes =
        ["application/rss+xml", "application/atom+xml", "application/feed+json", "application/json", "application/rdf+xml", "text/xml", "application/xml"];

    /// <summary>Absolute http(s) addresses of the page's feeds, in document order, without duplicates.</summary>
    public static IReadOnlyList<Uri> FindFeeds(string html, Uri pageUrl)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        var found = new List<Uri>();
        foreach (var link in document.QuerySelectorAll("link[rel][href][type]"))
        {
            var rel = link.GetAttribute("rel") ?? "";
            var type = (link.GetAttribute("type") ?? "").Split(';')[0].Trim();
            if (!rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("alternate", StringComparer.OrdinalIgnoreCase)) continue;
            if (!FeedTypes.Contains(type, StringComparer.OrdinalIgnoreCase)) continue;
            if (FeedText.Resolve(link.GetAttribute("href"), pageUrl) is { } url && !found.Contains(url)) found.Add(url);
            if (found.Count >= MaxLinks) break;
        }
        return found;
    }
}
