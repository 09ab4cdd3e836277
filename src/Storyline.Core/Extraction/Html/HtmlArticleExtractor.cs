using AngleSharp.Html.Parser;

using Storyline.Core.Text;

namespace Storyline.Core.Extraction.Html;

/// <summary>Finds the article in an HTML page and its metadata.</summary>
public sealed class HtmlArticleExtractor
{
    private readonly ExtractionOptions _options;

    public HtmlArticleExtractor(ExtractionOptions? options = null) => _options = options ?? ExtractionOptions.Default;

    /// <summary>Extracts the article from <paramref name="html"/>; <paramref name="url"/> resolves relative links.</summary>
    public ExtractionOutcome Extract(string html, Uri? url = null)
    {
        // Placeholder pass (title and <p> elements); the scoring extractor replaces it.
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        var title = document.QuerySelector("meta[property='og:title']")?.GetAttribute("content") ?? document.Title;
        var paragraphs = document.QuerySelectorAll("p")
            .Select(p => Whitespace.Collapse(p.TextContent))
            .Where(t => t.Length > 0)
            .ToList();
        if (paragraphs.Count == 0) return new ExtractionOutcome.Rejected("no article text found in the page");
        return new ExtractionOutcome.Extracted(new ExtractedArticle
        {
            Title = string.IsNullOrWhiteSpace(title) ? null : Whitespace.Collapse(title),
            Paragraphs = paragraphs,
            CanonicalUrl = url?.ToString(),
        });
    }
}
