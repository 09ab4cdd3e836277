using System.Text;
using Storyline.Core.Feeds;

namespace Storyline.Core.Tests.Feeds;

public sealed class FeedParserSafetyTests
{
    [Theory]
    [InlineData("entity-bomb.xml")]
    [InlineData("external-entity.xml")]
    public void Parse_DtdWithEntityDeclarations_IsRefused(string file)
    {
        var refused = Assert.IsType<FeedParseOutcome.Refused>(FeedFixtures.Parse(file));
        Assert.Contains("DTD", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DoctypeTheLoaderCannotStrip_IsStillRefused()
    {
        const string xml = "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"http://evil.example/x.dtd\" [ <!ENTITY a \"]\"> ]><rss version=\"2.0\"><channel/></rss>";
        Assert.IsType<FeedParseOutcome.Refused>(new FeedParser().Parse(xml));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(200_000)]
    public void Parse_DeepNesting_IsRefused(int depth)
    {
        var xml = "<rss version=\"2.0\"><channel>" + string.Concat(Enumerable.Repeat("<x>", depth)) + string.Concat(Enumerable.Repeat("</x>", depth)) + "</channel></rss>";
        var refused = Assert.IsType<FeedParseOutcome.Refused>(new FeedParser().Parse(xml));
        Assert.Contains("nested", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DeepJson_IsRefused()
    {
        var json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"x\":" + new string('[', 200) + new string(']', 200) + "}";
        Assert.IsType<FeedParseOutcome.Refused>(new FeedParser().Parse(json));
    }

    [Fact]
    public void Parse_DocumentOverTheCharacterCap_IsRefused()
    {
        var xml = "<rss version=\"2.0\"><channel><title>" + new string('a', 5000) + "</title></channel></rss>";
        Assert.IsType<FeedParseOutcome.Refused>(new FeedParser(new FeedParserOptions { MaxDocumentChars = 1000 }).Parse(xml));
    }

    [Fact]
    public void Parse_BinaryData_IsInvalid()
    {
        var bytes = new byte[] { 0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03 };
        Assert.IsType<FeedParseOutcome.Invalid>(new FeedParser().Parse(bytes));
    }

    [Fact]
    public void Parse_Utf16WithBom_IsDecoded()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss version=\"2.0\"><channel><title>Ünïcode</title></channel></rss>";
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(xml)).ToArray();
        var feed = Assert.IsType<FeedParseOutcome.Parsed>(new FeedParser().Parse(bytes)).Feed;
        Assert.Equal("Ünïcode", feed.Title);
    }
}
