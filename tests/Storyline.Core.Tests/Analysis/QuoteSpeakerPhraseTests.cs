using Storyline.Core.Analysis;

namespace Storyline.Core.Tests.Analysis;

/// <summary>Unnamed speakers are noun phrases, capitalised cue words inside names are no cues, and "NAME: “…”" names the speaker.</summary>
public sealed class QuoteSpeakerPhraseTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("“We will appeal,” the company then said in a statement.", "the company")]
    [InlineData("“The river is rising,” a spokesman for the port said.", "a spokesman")]
    [InlineData("“Nobody told us,” one of the security contractors said.", "one of the security contractors")]
    [InlineData("Residents were angry. “Nobody told us anything,” several residents said on Monday.", "several residents")]
    [InlineData("The veteran senator sought to calm the room, saying the cuts would be “temporary.”", "The veteran senator")]
    [InlineData("The retired judge began by thanking the jury, saying the case had been “hard on everyone.”", "The retired judge")]
    public void Analyze_UnnamedSpeaker_IsItsNounPhrase(string text, string speaker)
    {
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("The bridge closed two weeks ago said a “temporary measure” would follow.")]
    [InlineData("In the past the city embodied the “spirit of the coast” and its planners would say so.")]
    public void Analyze_TimeOrClause_IsNeverASpeaker(string text)
    {
        var quotes = Analyzer.Analyze(text).Quotes;
        Assert.NotEmpty(quotes);
        foreach (var quote in quotes)
        {
            Assert.DoesNotContain("ago", quote.Speaker ?? "", StringComparison.Ordinal);
            Assert.DoesNotContain("embodied", quote.Speaker ?? "", StringComparison.Ordinal);
            Assert.DoesNotContain("would", quote.Speaker ?? "", StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Analyze_CapitalisedCueWordInsideAName_IsNoCue()
    {
        const string text = "Senator Maria Lopez spoke on Monday. She argued that the United States should “lead by example” in the talks.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("Maria Lopez", quote.Speaker);
    }

    [Fact]
    public void Analyze_PersonRightBeforeAColon_SpeaksTheQuote()
    {
        const string text = "The timing of the vote does not surprise the pollster Daniel Shaw: “Turnout always drops in the summer.”";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("Daniel Shaw", quote.Speaker);
    }
}
