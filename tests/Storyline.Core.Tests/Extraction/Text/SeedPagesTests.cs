using Storyline.Core.Extraction;
using Storyline.Testing;

namespace Storyline.Core.Tests.Extraction.Text;

/// <summary>The two real pages of ../shared/seeds through the extraction stage.</summary>
public sealed class SeedPagesTests
{
    private static ExtractedArticle ExtractSeed(string prefix)
    {
        var dir = SharedData.RequireDirectory("seeds");
        var file = Directory.GetFiles(dir, prefix + "_*.txt").Single();
        var outcome = new ArticleExtractor().Extract(new SourceDocument { Origin = file, Content = File.ReadAllBytes(file) });
        return Assert.IsType<ExtractionOutcome.Extracted>(outcome).Article;
    }

    [Theory]
    [InlineData("000", "We use your sign-up")]
    [InlineData("000", "[REPORT]")]
    [InlineData("000", "Mysterious death of Putin ally")]
    [InlineData("000", "Source:")]
    [InlineData("002", "Leave a Reply")]
    [InlineData("002", "Akismet")]
    [InlineData("002", "52 comments")]
    [InlineData("002", "Slava Ukraine")]
    public void Seed_Boilerplate_IsNotInBody(string seed, string boilerplate)
    {
        Assert.DoesNotContain(boilerplate, ExtractSeed(seed).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed000_KeepsTheStoryAndTheAttribution()
    {
        var article = ExtractSeed("000");
        Assert.Equal("Putin warned frustration is growing as officials furious with leader", article.Title);
        Assert.StartsWith("Vladimir Putin is facing major dissidence", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("The demand for Putin to step down", article.Paragraphs[^1], StringComparison.Ordinal);
        Assert.Contains(article.Paragraphs, p => p.Contains("Mr Palyuga stated", StringComparison.Ordinal));
        Assert.Equal("Read Full Article", article.SourceAttribution);
    }

    [Fact]
    public void Seed002_ParsesTwentyCommentsEightTopLevelFiftyTwoDeclared()
    {
        var article = ExtractSeed("002");
        Assert.Equal("Officials from 18 Russian districts call for Putin to resign", article.Title);
        Assert.Equal(52, article.Comments.Declared);
        Assert.Equal(20, article.Comments.Items.Count);
        Assert.Equal(8, article.Comments.Items.Count(c => c.Parent is null));
        Assert.All(article.Comments.Items.Where(c => c.Parent is not null), c => Assert.Contains(article.Comments.Items, p => p.Id == c.Parent));
        Assert.Contains("Mitch Davis", article.Comments.Items.SelectMany(c => c.Mentions));
        Assert.Contains("CNN", article.Topics);
    }
}
