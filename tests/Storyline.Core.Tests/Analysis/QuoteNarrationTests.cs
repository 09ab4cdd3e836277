using Storyline.Core.Analysis;

namespace Storyline.Core.Tests.Analysis;

public sealed class QuoteNarrationTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("Governor Peter Walsh visited the flooded town and said the damage was “far worse than feared.”", "Peter Walsh")]
    [InlineData("Mayor Anna Berg met the families on Monday but said the timing was “not right.”", "Anna Berg")]
    [InlineData("Senator Hal Brody backed his colleague Tom Reyes for years but now says Reyes is “out of touch.”", "Hal Brody")]
    public void Analyze_CueAfterAnd_SharesTheSentenceSubject(string text, string speaker)
    {
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Analyze_QuoteOpeningAParagraph_GoesToWhoTheParagraphBeforeHadSpeaking()
    {
        const string text = "Union leader Thomas Keller told reporters on Thursday that talks had failed.\n\n" +
            "“We gave them every chance and they walked away.”";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("Thomas Keller", quote.Speaker);
    }

    [Fact]
    public void Analyze_QuoteEndingASentence_DoesNotTakeTheNextSentencesSpeaker()
    {
        const string text = "Mayor Anna Berg said the plan was “a matter of timing.” Senator Paul Ross said it would be a mistake.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("Anna Berg", quote.Speaker);
    }

    [Fact]
    public void Analyze_PlaceTitleAndName_SplitsThePersonFromThePlace()
    {
        const string text = "New Jersey Gov. Chris Christie described the remarks as a “disgrace” on Tuesday.";
        var analysis = Analyzer.Analyze(text);
        Assert.Contains(analysis.Entities, e => e.Text == "Chris Christie" && e.Type == EntityType.PER);
        Assert.DoesNotContain(analysis.Entities, e => e.Text.Contains("Gov.", StringComparison.Ordinal));
        Assert.Equal("Chris Christie", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Analyze_PronounQuote_GoesToTheNameBeforeTheCueInTheNarration()
    {
        const string text = "Voters heard Senator Tim Kaine speak at a rally on Friday.\n\n" +
            "Organiser McLenney said Kaine had not convinced the crowd.\n\n“It was not enough,” she said.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.EndsWith("McLenney", quote.Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_ParticipleCue_SharesTheSubjectOfTheCueBefore()
    {
        const string text = "“We see no link,” the mayor said, adding that the inquiry would take “many more hours” to finish.";
        var quotes = Analyzer.Analyze(text).Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("the mayor", q.Speaker));
    }

    [Fact]
    public void Analyze_NamesAroundASlash_AreNeverOneEntity()
    {
        var entities = Analyzer.Analyze("Acme Corp. / Beta Industries signed the deal in Boston.").Entities;
        Assert.DoesNotContain(entities, e => e.Text.Contains('/', StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_SecondQuoteOfASentence_SharesTheFirstQuotesSpeaker()
    {
        const string text = "Senator Paul Ross said the bill was “a disgrace” and “a waste of money” on Monday.";
        var quotes = Analyzer.Analyze(text).Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Paul Ross", q.Speaker));
    }

    [Fact]
    public void Analyze_QuoteAfterAColon_GoesToTheSubjectOfTheIntroducingSentence()
    {
        const string text = "Senator Bernard Holt spoke in Boston.\n\nOn Monday, Holt made the following comment:\n\n“We must act now.”";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("Bernard Holt", quote.Speaker);
    }

    [Theory]
    [InlineData("The delay does not surprise the economist Laura Stein: “Prices always lag behind wages.”", "Laura Stein")]
    [InlineData("Senator Paul Ross spoke to the press on Monday.\n\nRoss followed that by saying, “We will not give up.”", "Paul Ross")]
    [InlineData("“We tried everything,” Senator Paul Ross said on the radio, adding, “Nothing worked.”", "Paul Ross")]
    public void Analyze_QuoteWithoutAnAdjacentSubject_GoesToTheClauseSpeaker(string text, string speaker)
    {
        var quote = Analyzer.Analyze(text).Quotes[^1];
        Assert.Equal(speaker, quote.Speaker);
    }
}
