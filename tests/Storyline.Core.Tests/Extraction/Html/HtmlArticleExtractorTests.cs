using System.Text;
using Storyline.Core.Extraction;
using Storyline.Core.Extraction.Html;

namespace Storyline.Core.Tests.Extraction.Html;

public sealed class HtmlArticleExtractorTests
{
    private static ExtractedArticle ExtractFixture(string name, string? url = null)
    {
        var html = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Html", name), Encoding.UTF8);
        var outcome = new HtmlArticleExtractor().Extract(html, url is null ? null : new Uri(url));
        return Assert.IsType<ExtractionOutcome.Extracted>(outcome).Article;
    }

    [Fact]
    public void Extract_NewsArticle_KeepsEveryArticleParagraphInOrder()
    {
        var article = ExtractFixture("news-article.html");
        Assert.Equal(
        [
            "The harbour bridge reopened to traffic on Tuesday morning, eleven weeks after engineers closed it to replace corroded cables, the city council said.",
            "Commuters had faced detours of up to forty minutes while the work went on, and several ferry operators added extra sailings to carry the overflow.",
            "“We finished two days ahead of schedule, and under budget,” said the council's chief engineer, who thanked residents for their patience.",
            "What changes for drivers",
            "A new speed limit of 40 km/h applies on the span, and heavy goods vehicles will need a permit, according to the council's published traffic order.",
            "The repairs cost 4.2 million euros, funded jointly by the region and the national transport agency, officials said in a statement on Monday.",
        ], article.Paragraphs);
    }

    [Theory]
    [InlineData("We use cookies")]
    [InlineData("Share on Facebook")]
    [InlineData("Advertisement")]
    [InlineData("Photo: Council press office")]
    [InlineData("Sign up for our newsletter")]
    [InlineData("Ferry timetable changes")]
    [InlineData("Leave a reply")]
    [InlineData("Storm warning")]
    [InlineData("All rights reserved")]
    [InlineData("Weather")]
    [InlineData("By Mara Lindqvist")]
    public void Extract_Boilerplate_IsNotInBody(string boilerplate)
    {
        var article = ExtractFixture("news-article.html");
        Assert.DoesNotContain(boilerplate, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_OpenGraphAndMetaTags_GiveTheMetadata()
    {
        var article = ExtractFixture("news-article.html", "https://courier.example/news/harbour-bridge-reopens?utm=x");
        Assert.Equal("Harbour bridge reopens after repairs", article.Title);
        Assert.Equal("Mara Lindqvist", article.Byline);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 8, 30, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("The Coastal Courier", article.Site);
        Assert.Equal("en", article.Language);
        Assert.Equal("https://courier.example/news/harbour-bridge-reopens", article.CanonicalUrl);
    }

    [Fact]
    public void Extract_JsonLdGraph_GivesTheMetadata()
    {
        var article = ExtractFixture("blog-jsonld.html", "https://crumb.example/posts/sourdough");
        Assert.Equal("Why sourdough needs time", article.Title);
        Assert.Equal("Jonas Berg", article.Byline);
        Assert.Equal(new DateTimeOffset(2023, 11, 19, 10, 15, 0, TimeSpan.FromHours(1)), article.Published);
        Assert.Equal("Crumb & Crust", article.Site);
        Assert.Equal("de", article.Language);
        Assert.Equal("https://crumb.example/posts/sourdough", article.CanonicalUrl);
        Assert.Contains("bread", article.Topics);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.DoesNotContain("Imprint", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("consent-wall.html", "consent wall")]
    [InlineData("bot-challenge.html", "bot challenge")]
    public void Extract_PageInFrontOfTheArticle_IsRejectedAsNoArticle(string fixture, string kind)
    {
        var html = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Html", fixture), Encoding.UTF8);
        var outcome = new HtmlArticleExtractor().Extract(html);
        var rejected = Assert.IsType<ExtractionOutcome.Rejected>(outcome);
        Assert.StartsWith("no article: ", rejected.Reason, StringComparison.Ordinal);
        Assert.Contains(kind, rejected.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<title>Fallback title - Site</title><h1>Fallback title</h1>", "Fallback title")]
    [InlineData("<title>Only a document title | Daily Example</title>", "Only a document title")]
    [InlineData("<meta property='og:title' content='From OpenGraph'><title>Other</title>", "From OpenGraph")]
    public void Extract_Title_FallsBackToTheDocument(string head, string expected)
    {
        var html = $"<html><head>{head}</head><body><p>{Sentence(40)}</p><p>{Sentence(40)}</p></body></html>";
        var article = Assert.IsType<ExtractionOutcome.Extracted>(new HtmlArticleExtractor().Extract(html)).Article;
        Assert.Equal(expected, article.Title);
    }

    [Theory]
    [InlineData("<meta name='date' content='2021-06-01'>", "2021-06-01")]
    [InlineData("<meta itemprop='datePublished' content='2020-02-29T23:10:00-05:00'>", "2020-02-29")]
    [InlineData("<meta name='pubdate' content='20190704'>", "2019-07-04")]
    public void Extract_PublishedDate_IsReadFromMetaTags(string head, string expectedDay)
    {
        var html = $"<html><head>{head}</head><body><p>{Sentence(40)}</p></body></html>";
        var article = Assert.IsType<ExtractionOutcome.Extracted>(new HtmlArticleExtractor().Extract(html)).Article;
        Assert.Equal(expectedDay, article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Extract_DateInTimeElementOrUrl_IsUsedWhenNoMetadata()
    {
        var withTime = $"<html><body><time datetime='2018-10-09T09:40:00Z'>Oct 9</time><p>{Sentence(40)}</p></body></html>";
        var fromTime = Assert.IsType<ExtractionOutcome.Extracted>(new HtmlArticleExtractor().Extract(withTime)).Article;
        Assert.Equal(new DateTimeOffset(2018, 10, 9, 9, 40, 0, TimeSpan.Zero), fromTime.Published);

        var plain = $"<html><body><p>{Sentence(40)}</p></body></html>";
        var fromUrl = Assert.IsType<ExtractionOutcome.Extracted>(new HtmlArticleExtractor().Extract(plain, new Uri("https://x.example/2019/11/19/story/"))).Article;
        Assert.Equal(new DateTimeOffset(2019, 11, 19, 0, 0, 0, TimeSpan.Zero), fromUrl.Published);
    }

    internal static string Sentence(int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(i => i % 7 == 6 ? "river," : "word" + i)) + ".";
}
