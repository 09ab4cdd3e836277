using Storyline.Core.Extraction.Html;
using Storyline.Core.Extraction.Text;
using Storyline.Core.Text;

namespace Storyline.Core.Extraction;

/// <summary>Entry point of the extraction stage: decodes the bytes, then picks the HTML or plain-text extractor.</summary>
public sealed class ArticleExtractor
{
    private readonly ExtractionOptions _options;
    private readonly HtmlArticleExtractor _html;
    private readonly PlainTextExtractor _text;

    /// <param name="memory">Cross-page memory of repeated lines (one per run or server), if any.</param>
    public ArticleExtractor(ExtractionOptions? options = null, BoilerplateMemory? memory = null)
    {
        _options = options ?? ExtractionOptions.Default;
        _html = new HtmlArticleExtractor(_options);
        _text = new PlainTextExtractor(_options, memory);
    }

    /// <summary>Extracts one document; never throws for bad content, it answers <see cref="ExtractionOutcome.Rejected"/>.</summary>
    public ExtractionOutcome Extract(SourceDocument document)
    {
        var bytes = document.Content.Span;
        if (bytes.Length == 0) return new ExtractionOutcome.Rejected("empty document");
        if (bytes.Length > _options.MaxDocumentBytes)
            return new ExtractionOutcome.Rejected($"document is {bytes.Length:N0} bytes, over the {_options.MaxDocumentBytes:N0}-byte limit");
        if (TextDecoder.LooksBinary(bytes)) return new ExtractionOutcome.Rejected("binary data, not text");

        var charset = ContentTypes.Charset(document.ContentType);
        var text = TextDecoder.Decode(bytes, charset);
        if (string.IsNullOrWhiteSpace(text)) return new ExtractionOutcome.Rejected("document holds only whitespace");

        return ContentTypes.IsHtml(document.ContentType, document.Origin, text)
            ? _html.Extract(text, document.Url)
            : _text.Extract(text);
    }
}
