using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Storyline.Core.Extraction.Html;

/// <summary>Finds the article in an HTML page and its metadata.</summary>
public sealed class HtmlArticleExtractor
{
    /// <summary>
    /// Attributes any part of the extractor reads, plus those the tree builder itself looks at (input type, MathML
    /// encoding, meta charset). Other attributes (data-*, aria-*, srcset, on*, style sheets' sizes…) are half of a
    /// modern page's attribute values and are never read, so the parser does not build them.
    /// </summary>
    private static readonly HashSet<string> ReadAttributes = new(StringComparer.Ordinal)
    {
        "class", "id", "role", "hidden", "style", "rel", "itemprop", "type", "href", "src", "datetime", "pubdate", "content",
        "property", "name", "http-equiv", "charset", "lang", "xml:lang", "value", "encoding",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReadAttributeNames = ReadAttributes.GetAlternateLookup<ReadOnlySpan<char>>();

    // Comments, style sheet text and element positions are never read either.
    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        SkipComments = true,
        SkipRawText = true,
        SkipProcessingInstructions = true,
        DisableElementPositionTracking = true,
        ShouldEmitAttribute = (ref AngleSharp.Html.Parser.Tokens.Struct.StructHtmlToken _, ReadOnlyMemory<char> name) => ReadAttributeNames.Contains(name.Span),
    };

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
        var mark = HtmlExtractionProfile.Start();
        var document = parser.ParseDocument(html);
        mark = HtmlExtractionProfile.Mark(0, mark);
        try
        {
            return Extract(document, url, mark);
        }
        finally
        {
            mark = HtmlExtractionProfile.Start();
            document.Dispose();
            HtmlExtractionProfile.Mark(7, mark);
        }
    }

    private static ExtractionOutcome Extract(IDocument document, Uri? url, (double, long) mark)
    {
        var body = document.Body ?? document.DocumentElement;
        if (body is null) return new ExtractionOutcome.Rejected("no article: the page has no body");

        // The first scoring walk also gathers the body's metadata elements: one walk instead of two.
        var scan = MetadataScan.OfHead(document);
        mark = HtmlExtractionProfile.Mark(1, mark);
        var signals = new ClassSignalCache();
        using var first = new ContentScorer(ScoringPass.Attempts[0], signals);
        var firstRoots = first.FindArticle(body, scan.Visit);
        mark = HtmlExtractionProfile.Mark(2, mark);
        var metadata = MetadataReader.Read(document, scan, url);
        mark = HtmlExtractionProfile.Mark(3, mark);
        var paragraphs = new ParagraphWriter(first, ScoringPass.Attempts[0], metadata.Title).Write(firstRoots);
        mark = HtmlExtractionProfile.Mark(4, mark);
        if (paragraphs.Sum(p => p.Length) < HtmlLimits.MinArticleChars) paragraphs = Relaxed(body, signals, metadata.Title, paragraphs);
        mark = HtmlExtractionProfile.Mark(5, mark);

        var text = string.Join("\n\n", paragraphs);
        var reason = NoArticleDetector.Check(document, text, first.PageText);
        HtmlExtractionProfile.Mark(6, mark);
        if (reason is not null) return new ExtractionOutcome.Rejected(reason);
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
            using var scorer = new ContentScorer(pass, signals);
            var paragraphs = new ParagraphWriter(scorer, pass, title).Write(scorer.FindArticle(body));
            var chars = paragraphs.Sum(p => p.Length);
            if (chars >= HtmlLimits.MinArticleChars) return paragraphs;
            if (chars > bestChars) (best, bestChars) = (paragraphs, chars);
        }
        return best;
    }
}
