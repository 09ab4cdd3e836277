using Storyline.Core.Analysis;
using Storyline.Core.Analysis.Ner;

namespace Storyline.Core.Tests.Analysis;

public sealed class ArticleAnalyzerTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public void Model_IsShippedAndLoads()
    {
        var model = NerModel.Default;
        Assert.NotNull(model);
        Assert.True(model.FeatureCount > 1000);
    }

    [Fact]
    public void Analyze_News_FindsPeoplePlacesAndOrganisations()
    {
        const string text = "Former President Barack Obama met German Chancellor Angela Merkel in Berlin on Tuesday, the White House said.";
        var entities = Analyzer.Analyze(text).Entities;
        Assert.Contains(entities, e => e.Text == "Barack Obama" && e.Type == EntityType.PER);
        Assert.Contains(entities, e => e.Text == "Angela Merkel" && e.Type == EntityType.PER);
        Assert.Contains(entities, e => e.Text == "Berlin" && e.Type == EntityType.LOC);
    }

    [Theory]
    [InlineData("Senator Maria Lopez spoke in Denver.\n\n“We will win,” Ms Lopez said.", "Maria Lopez", "said")]
    [InlineData("Senator Maria Lopez spoke in Denver.\n\nMs Lopez told reporters: “We will win.”", "Maria Lopez", "told")]
    [InlineData("Senator Maria Lopez spoke in Denver.\n\n“We will win,” said Maria Lopez.", "Maria Lopez", "said")]
    [InlineData("Senator Maria Lopez spoke in Denver.\n\n“We will win,” she said.", "Maria Lopez", "said")]
    public void Analyze_Quote_GetsItsSpeakerAndCue(string text, string speaker, string cue)
    {
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("We will win", quote.Text.TrimEnd(',', '.'));
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(cue, quote.Cue);
        Assert.Equal(quote.Text, text[quote.Start..quote.End]);
    }

    [Fact]
    public void Analyze_PronounQuote_GoesToTheLastNamedSpeaker()
    {
        const string text = "“Prices are rising,” said Economy Minister John Carter.\n\n“Nobody expected this,” he added.";
        var quotes = Analyzer.Analyze(text).Quotes;
        Assert.All(quotes, q => Assert.Equal("John Carter", q.Speaker));
    }

    [Fact]
    public void Analyze_PronounQuote_GoesToThePersonTheNarrationIntroduced()
    {
        const string text = "“Prices are rising,” said Economy Minister John Carter.\n\n" +
            "Central bank governor Maria Hoffmann disagreed with the minister on Tuesday.\n\n“Inflation will fall,” she said.";
        var quotes = Analyzer.Analyze(text).Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Maria Hoffmann", quotes[1].Speaker);
    }

    [Fact]
    public void Analyze_MultiParagraphQuote_KeepsOneSpeaker()
    {
        const string text = "Mayor Sarah Jennings said: “The bridge will reopen in May.\n\n“Until then, use the ferry.”\n\nThe council met later.";
        var quotes = Analyzer.Analyze(text).Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Sarah Jennings", q.Speaker));
    }
}
