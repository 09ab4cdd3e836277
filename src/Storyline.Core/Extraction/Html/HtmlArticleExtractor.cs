using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Storyline.Core.Extraction.Html;

/// <summary>Finds the article in an HTML page and its metadata.</summary>
public sealed class HtmlArticleExtractor
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    private readonly ExtractionOptions _options;

    // A parser sets up a browsing context, which costs more than parsing a small page; one per thread is reused.

    [ThreadStatic]
    private static HtmlParser? _parser;

    public HtmlArticleExtractor(ExtractionOptions? options = null) => _options = options ?? ExtractionOptions.Default;

    /// <summary>Extracts the article from <paramref name="html"/>; <paramref name="url"/> resolves relative links.</summary>
    public ExtractionOutcome Extract(string html, Uri? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length > HtmlLimits.MaxHtmlChars) html = html[..HtmlLimits.MaxHtmlChars];
        var parser = _parser ??= new HtmlParser(ParserOptions);
        using var document = parser.ParseDocument(html);
        var body = document.Body ?? document.DocumentElement;
        if (body is null) return new ExtractionOutcome.Rejected("no article: the page has no body");

        // The first scoring walk also gathers the body's metadata elements: one walk instead of two.
        var scan = MetadataScan.OfHead(document);
        var signals = new ClassSignalCache();
        var first = new ContentScorer(ScoringPass.Attempts[0], signals);
        var firstRoots = first.FindArticle(body, scan.Visit);
        var metadata = MetadataReader.Read(document, scan, url);
        var paragraphs = new ParagraphWriter(first, ScoringPass.Attempts[0], metadata.Title).Write(firstRoots);
        if (paragraphs.Sum(p => p.Length) < HtmlLimits.MinArticleChars) paragraphs = Relaxed(body, signals, metadata.Title, paragraphs);

        var text = string.Join("\n\n", paragraphs);
        if (NoArticleDetector.Check(document, text, first.PageText) is { } reason) return new ExtractionOutcome.Rejected(reason);
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

    /// <summary>The strict pass kept too little: relaxed passes, keeping the first long enough result or else the longest.</summary>
    private static List<string> Relaxed(IElement body, ClassSignalCache signals, string? title, List<string> best)
    {
        var bestChars = best.Sum(p => p.Length);
        foreach (var pass in ScoringPass.Attempts.Skip(1))
        {
            var scorer = new ContentScorer(pass, signals);
            var paragraphs = new ParagraphWriter(scorer, pass, title).Write(scorer.FindArticle(body));
            var chars = paragraphs.Sum(p => p.Length);
            if (chars >= HtmlLimits.MinArticleChars) return paragraphs;
            if (chars > bestChars) (best, bestChars) = (paragraphs, chars);
        }
        return best;
    }
}
