using System.Text;
using Storyline.Core.Extraction;
using Storyline.Core.Extraction.Html;

namespace Storyline.Core.Tests.Extraction.Html;

public sealed class HtmlBadInputTests
{
    private static readonly string Paragraph = HtmlArticleExtractorTests.Sentence(60);

    static HtmlBadInputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static ExtractionOutcome ExtractBytes(byte[] bytes, string? contentType = "text/html", string origin = "page.html") =>
        new ArticleExtractor().Extract(new SourceDocument { Origin = origin, Content = bytes, ContentType = contentType });

    [Fact]
    public void Extract_TruncatedHtml_KeepsTheTextBeforeTheCut()
    {
        var html = $"<html><head><title>Cut</title></head><body><div class='content'><p>{Paragraph}</p><p>{Paragraph} second</p><p>unfinish";
        var cut = html + "<a href=\"/x";
        var outcome = new HtmlArticleExtractor().Extract(cut);
        var article = Assert.IsType<ExtractionOutcome.Extracted>(outcome).Article;
        Assert.Contains("second", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TenThousandDeepNesting_DoesNotOverflowTheStack()
    {
        const int Depth = 10_000;
        var builder = new StringBuilder("<html><body>");
        for (var i = 0; i < Depth; i++) builder.Append("<div>");
        builder.Append("<p>").Append(Paragraph).Append("</p>");
        for (var i = 0; i < Depth; i++) builder.Append("</div>");
        builder.Append("<p>").Append(Paragraph).Append(" shallow</p></body></html>");
        var outcome = new HtmlArticleExtractor().Extract(builder.ToString());
        Assert.True(outcome is ExtractionOutcome.Extracted or ExtractionOutcome.Rejected);
    }

    [Fact]
    public void Extract_FiftyMegabytePage_IsRefusedBeforeParsing()
    {
        var bytes = new byte[50 * 1024 * 1024];
        Array.Fill(bytes, (byte)'a');
        "<html><body><p>"u8.CopyTo(bytes);
        var rejected = Assert.IsType<ExtractionOutcome.Rejected>(ExtractBytes(bytes));
        Assert.Contains("limit", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_HugeHtmlString_IsCutToTheParsingLimit()
    {
        var builder = new StringBuilder("<html><body><article>");
        var block = $"<p>{Paragraph}</p>";
        while (builder.Length < 12 * 1024 * 1024) builder.Append(block);
        var outcome = new HtmlArticleExtractor().Extract(builder.ToString());
        var article = Assert.IsType<ExtractionOutcome.Extracted>(outcome).Article;
        Assert.NotEmpty(article.Paragraphs);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 })]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A, 0x25, 0xE2, 0xE3, 0, 0x01, 0x02, 0x03 })]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x01, 0x02 })]
    public void Extract_NonHtmlBytes_AreRejected(byte[] bytes)
    {
        Assert.IsType<ExtractionOutcome.Rejected>(ExtractBytes(bytes));
    }

    [Fact]
    public void Extract_Windows1252WithoutDeclaration_IsDecoded()
    {
        var html = $"<html><body><p>Caf\u00e9 cr\u00e8me {Paragraph}</p></body></html>";
        var bytes = Encoding.GetEncoding(1252).GetBytes(html);
        var article = Assert.IsType<ExtractionOutcome.Extracted>(ExtractBytes(bytes, contentType: null)).Article;
        Assert.Contains("Café crème", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_HeaderClaimsUtf8ButBytesAreLatin1_IsStillDecoded()
    {
        var html = $"<html><head><meta charset='windows-1252'></head><body><p>Ni\u00f1o se\u00f1or {Paragraph}</p></body></html>";
        var bytes = Encoding.GetEncoding(1252).GetBytes(html);
        var article = Assert.IsType<ExtractionOutcome.Extracted>(ExtractBytes(bytes, "text/html; charset=utf-8")).Article;
        Assert.Contains("Niño señor", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("koi8-r", "Привет мир")]
    [InlineData("shift_jis", "日本語の記事")]
    public void Extract_MetaCharset_IsHonoured(string charset, string words)
    {
        var html = $"<html><head><meta http-equiv='Content-Type' content='text/html; charset={charset}'></head><body><p>{words} {Paragraph}</p></body></html>";
        var bytes = Encoding.GetEncoding(charset).GetBytes(html);
        var article = Assert.IsType<ExtractionOutcome.Extracted>(ExtractBytes(bytes, contentType: null)).Article;
        Assert.Contains(words, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Utf16WithByteOrderMark_IsDecoded()
    {
        var html = $"<html><body><p>Zürich {Paragraph}</p></body></html>";
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(html)).ToArray();
        var article = Assert.IsType<ExtractionOutcome.Extracted>(ExtractBytes(bytes)).Article;
        Assert.Contains("Zürich", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<html><body></body></html>")]
    [InlineData("<html><body><nav><a href='/'>Home</a></nav></body></html>")]
    [InlineData("<html><head><title>x</title></head></html>")]
    public void Extract_PageWithoutText_IsRejectedAsNoArticle(string html)
    {
        var rejected = Assert.IsType<ExtractionOutcome.Rejected>(new HtmlArticleExtractor().Extract(html));
        Assert.StartsWith("no article", rejected.Reason, StringComparison.Ordinal);
    }
}
