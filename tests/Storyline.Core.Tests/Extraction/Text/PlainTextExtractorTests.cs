using Storyline.Core.Extraction;
using Storyline.Core.Extraction.Text;

namespace Storyline.Core.Tests.Extraction.Text;

public sealed class PlainTextExtractorTests
{
    private static ExtractedArticle Extract(string file)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Text", file));
        var outcome = new PlainTextExtractor().Extract(text);
        return Assert.IsType<ExtractionOutcome.Extracted>(outcome).Article;
    }

    [Theory]
    [InlineData("consent-and-related.txt", "We use your sign-up")]
    [InlineData("consent-and-related.txt", "[REPORT]")]
    [InlineData("consent-and-related.txt", "[VIDEO]")]
    [InlineData("consent-and-related.txt", "Museum reopens after flood damage")]
    [InlineData("consent-and-related.txt", "Read Full Article")]
    [InlineData("comment-thread.txt", "Leave a Reply")]
    [InlineData("comment-thread.txt", "will not be published")]
    [InlineData("comment-thread.txt", "Akismet")]
    [InlineData("comment-thread.txt", "Finally some good news")]
    public void Extract_Boilerplate_IsNotInBody(string file, string boilerplate)
    {
        Assert.DoesNotContain(boilerplate, Extract(file).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("consent-and-related.txt", "The Eastgate harbour bridge will close")]
    [InlineData("consent-and-related.txt", "\"The deck has reached the end of its safe life,\"")]
    [InlineData("consent-and-related.txt", "Commuters will be offered a temporary ferry")]
    [InlineData("consent-and-related.txt", "Traders near the bridge said")]
    [InlineData("comment-thread.txt", "Unions and the rail operator reached an agreement")]
    public void Extract_StoryParagraphs_AreKept(string file, string paragraphStart)
    {
        Assert.Contains(Extract(file).Paragraphs, p => p.StartsWith(paragraphStart, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_HeadlineAndStandfirst_AreTitleAndSubtitle()
    {
        var article = Extract("consent-and-related.txt");
        Assert.Equal("Harbour bridge to close for repairs next spring", article.Title);
        Assert.Equal("City engineers confirm six-month closure of the Eastgate crossing", article.Subtitle);
    }

    [Fact]
    public void Extract_SourceLine_BecomesAttribution()
    {
        Assert.Equal("Read Full Article", Extract("consent-and-related.txt").SourceAttribution);
    }

    [Fact]
    public void Extract_CommentThread_KeepsStructureAndDeclaredCount()
    {
        var comments = Extract("comment-thread.txt").Comments;
        Assert.Equal(7, comments.Declared);
        Assert.Equal(
            ["1", "1.1", "1.2", "2", "2.1", "2.2", "3"],
            comments.Items.Select(c => c.Id));
        Assert.Equal([null, "1", "1", null, "2", "2", null], comments.Items.Select(c => c.Parent));
        Assert.Equal("It was never going to happen anyway.\nBoth sides needed a deal.", comments.Items[2].Text);
        Assert.Equal("Who pays for the pay rise in the end?\n\nTicket prices, I expect.", comments.Items[3].Text);
        Assert.Equal(["Dana Price"], comments.Items[1].Mentions);
        Assert.Equal(["sam_k"], comments.Items[4].Mentions);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    public void Extract_NoText_IsRejected(string text)
    {
        Assert.IsType<ExtractionOutcome.Rejected>(new PlainTextExtractor().Extract(text));
    }

    [Fact]
    public void Extract_NewsAboutCookies_IsKept()
    {
        const string text = "Regulator fines retailer over cookie banners\n\nThe data regulator fined the retailer after finding its cookie consent banner pre-ticked marketing boxes, a spokesperson said.\n";
        var article = Assert.IsType<ExtractionOutcome.Extracted>(new PlainTextExtractor().Extract(text)).Article;
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void Extract_VeryLongLine_IsCutNotFatal()
    {
        var text = "Title\n\n" + new string('a', 200_000) + "\n";
        var article = Assert.IsType<ExtractionOutcome.Extracted>(new PlainTextExtractor(new ExtractionOptions { MaxLineChars = 1000 }).Extract(text)).Article;
        Assert.Equal(1000, article.Paragraphs[0].Length);
    }
}
