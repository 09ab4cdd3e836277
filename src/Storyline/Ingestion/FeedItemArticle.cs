using AngleSharp.Html.Parser;
using Storyline.Core.Extraction;
using Storyline.Core.Feeds;
using Storyline.Core.Text;
using Storyline.Fetching;

namespace Storyline.Ingestion;

/// <summary>Turns a feed item (with its fetched full text, when there is one) into an article for the pipeline.</summary>
public static class FeedItemArticle
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    /// <summary>The article, or null when the item carries no text at all.</summary>
    public static ExtractedArticle? From(FetchedItem fetched, ParsedFeed? feed)
    {
        var item = fetched.Item;
        var topics = item.Topics.Concat(fetched.FullText?.Topics ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var site = feed?.Title is { Length: > 0 } t ? t : null;
        if (fetched.FullText is { } full && full.Paragraphs.Count > 0)
        {
            return full with
            {
                Title = full.Title ?? item.Title,
                Published = item.Published ?? full.Published,
                Site = full.Site ?? site,
                Byline = full.Byline ?? item.Authors.FirstOrDefault(),
                CanonicalUrl = full.CanonicalUrl ?? item.Link?.AbsoluteUri,
                Topics = topics,
            };
        }
        var paragraphs = Paragraphs(item.Content ?? item.Summary);
        if (paragraphs.Count == 0 && string.IsNullOrWhiteSpace(item.Title)) return null;
        return new ExtractedArticle
        {
            Title = item.Title ?? Shorten(paragraphs[0]),
            Paragraphs = paragraphs,
            Published = item.Published ?? item.Updated,
            Byline = item.Authors.FirstOrDefault(),
            Site = site,
            Language = feed?.Language,
            CanonicalUrl = item.Link?.AbsoluteUri,
            Topics = topics,
        };
    }

    /// <summary>Paragraphs of an HTML fragment: one per block element, inline markup dropped.</summary>
    public static IReadOnlyList<string> Paragraphs(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return [];
        using var document = Parser.ParseDocument("<body>" + html + "</body>");
        var blocks = document.Body!.QuerySelectorAll("p, li, blockquote, h1, h2, h3, h4, pre")
            .Where(e => e.QuerySelector("p, li, blockquote") is null)
            .Select(e => Whitespace.Collapse(e.TextContent))
            .Where(s => s.Length > 0)
            .ToList();
        if (blocks.Count > 0) return blocks;
        var text = Whitespace.Collapse(document.Body.TextContent);
        return text.Length > 0 ? [text] : [];
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120].TrimEnd() + "…";
}
