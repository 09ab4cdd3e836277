using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Storyline.Core.Extraction.Html;

/// <summary>Finds the article in an HTML page and its metadata.</summary>
public sealed class HtmlArticleExtractor
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    private readonly ExtractionOptions _options;

    public HtmlArticleExtractor(ExtractionOptions? options = null) => _options = options ?? ExtractionOptions.Default;

    /// <summary>Extracts the article from <paramref name="html"/>; <paramref name="url"/> resolves relative links.</summary>
    public ExtractionOutcome Extract(string html, Uri? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length > HtmlLimits.MaxHtmlChars) html = html[..HtmlLimits.MaxHtmlChars];
        var parser = new HtmlParser(ParserOptions);
        using var document = parser.ParseDocument(html);
        var metadata = MetadataReader.Read(document, url);
        var body = document.Body ?? document.DocumentElement;
        if (body is null) return new ExtractionOutcome.Rejected("no article: the page has no body");

        var paragraphs = ExtractParagraphs(body, metadata.Title);
        var text = string.Join("\n\n", paragraphs);
        if (NoArticleDetector.Check(document, text, TextCounter.CountVisible(body)) is { } reason) return new ExtractionOutcome.Rejected(reason);
        if (paragraphs.Count == 0) return new ExtractionOutcome.Rejected("no article: no text found in the page");

        return new ExtractionOutcome.Extracted(new ExtractedArticle
        {
            Title = metadata.Title,
            Byline = metadata.Byline,
            Published = metadata.Published,
            Site = metadata.Site,
            Language = metadata.Language,
            CanonicalUrl = metadata.CanonicalUrl,
            Paragraphs = paragraphs,
            Topics = metadata.Topics,
        });
    }

    /// <summary>Strict pass first; when it keeps too little, relaxed passes, keeping the longest result.</summary>
    private static List<string> ExtractParagraphs(IElement body, string? title)
    {
        List<string> best = [];
        var bestChars = 0;
        foreach (var pass in ScoringPass.Attempts)
        {
            var scorer = new ContentScorer(pass);
            var roots = scorer.FindArticle(body);
            var paragraphs = new ParagraphWriter(scorer, pass, title).Write(roots);
            var chars = paragraphs.Sum(p => p.Length);
            if (chars >= HtmlLimits.MinArticleChars) return paragraphs;
            if (chars > bestChars) (best, bestChars) = (paragraphs, chars);
        }
        return best;
    }
}
