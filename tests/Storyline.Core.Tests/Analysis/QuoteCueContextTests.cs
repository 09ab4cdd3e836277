using Storyline.Core.Analysis;
using Storyline.Core.Analysis.Quotes;
using Storyline.Core.Analysis.Text;

namespace Storyline.Core.Tests.Analysis;

/// <summary>What around a cue decides its speaker: brackets, multi-word cues, earlier sentences and pronouns.</summary>
public sealed class QuoteCueContextTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("The hearing ended late. Rep. Laura Finch (D-Ore.) told reporters the bill was “dead on arrival.”", "Laura Finch")]
    [InlineData("The vote was close. Sen. Mark Dole (R-Kan.) said the deal was “a bad one.”", "Mark Dole")]
    [InlineData("In a statement on Friday, Rep. Laura Finch (D-N.Y.) reacted to the ruling, saying: “This is a good day.”", "Laura Finch")]
    [InlineData("The vote was close. Sen. Mark Dole, R-Kan., said in a speech on the floor, “This deal is a bad one.”", "Mark Dole")]
    public void Analyze_PeriodInsideBrackets_DoesNotEndTheSpeakersSentence(string text, string speaker)
    {
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("At the plant on Friday, Governor Ruth Alder mocked Walter Kemp’s plan to close the mill.\n\n“It is a plan without a map,” she said.", "Ruth Alder")]
    [InlineData("Kemp’s claim that Ruth Alder had hidden the figures was false, Paul Okafor said.\n\n“We published every number,” he said.", "Paul Okafor")]
    public void Analyze_PronounSpeaker_IsNeitherAPossessorNorANameInsideAClause(string text, string speaker)
    {
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("When Governor Ruth Alder criticised the budget, Mayor Tom Reese shot back, “Read the numbers first.”", "Tom Reese")]
    [InlineData("The bill passed late. As analyst Nora Quist put it, “Nobody read the last page.”", "Nora Quist")]
    [InlineData("Critics called the plan reckless. Senator Hal Brody hit back, saying the critics were “living in the past.”", "Hal Brody")]
    public void Analyze_TwoWordCue_IntroducesItsSubjectsQuote(string text, string speaker)
    {
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Analyze_PutItOnSomething_IsNoCue()
    {
        const string text = "The clerk put it on the desk next to a sign reading “closed.”";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.NotEqual("put", quote.Cue);
    }

    [Theory]
    [InlineData("Mayor Tom Reese joked that Springfield was too small, but went on to say, “We will grow.”", "Tom Reese")]
    [InlineData("Governor Ruth Alder went on to say she was “not worried” about the vote.", "Ruth Alder")]
    [InlineData("The hearing ran late. Senator Hal Brody thanked the staff and continued to say the plan was “sound.”", "Hal Brody")]
    public void Analyze_InfinitiveCue_TakesTheSubjectOfItsGoverningVerb(string text, string speaker)
    {
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("“Nobody expected the turnout to be this high,” Nora Quist, a political scientist at a small college in Vermont who has studied local elections for two decades, told the paper.", "Nora Quist")]
    [InlineData("“Our plans are different,” Tom Reese, 41, of Dayton, Ohio, said on Sunday.", "Tom Reese")]
    public void Analyze_LongAppositionBeforeTheCue_KeepsTheNameAsSpeaker(string text, string speaker)
    {
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("“Sit down, all of you,” Mayor Tom Reese barked at the council.", "Tom Reese")]
    [InlineData("Governor Ruth Alder stepped to the microphone and boomed: “We are not done yet.”", "Ruth Alder")]
    public void Analyze_MannerOfSpeakingVerb_IsACue(string text, string speaker)
    {
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Analyze_ParticipleRightAfterAQuote_IsFollowedByWhatWasSaidNotBySpeaker()
    {
        const string text = "Mayor Tom Reese gave a spirited defence of “river town values,” saying the harbour embodied them.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("Tom Reese", quote.Speaker);
    }

    [Fact]
    public void Attribute_FullNameJoiningTwoPeople_KeepsTheMentionsOwnName()
    {
        // A tagger that resolved "Wilde" to the joined name "Wilde and Parkhurst" must not make both men the speaker.
        const string text = "“Testing has gone too far,” Wilde said.";
        var at = text.IndexOf("Wilde", StringComparison.Ordinal);
        EntityMention[] entities = [new("Wilde", EntityType.PER, at, at + 5) { Canonical = "Wilde and Parkhurst" }];
        var quote = Assert.Single(QuoteAttributor.Attribute(text, Tokenizer.Tokenize(text), entities, QuoteFinder.Find(text)));
        Assert.Equal("Wilde", quote.Speaker);
    }

    [Fact]
    public void Analyze_QuotedPhraseFollowedByANewClause_IsNotAttributedByThatClausesCue()
    {
        const string text = "After the talks Governor Ruth Alder said she was “very encouraged” and Mayor Tom Reese called them a success.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("Ruth Alder", quote.Speaker);
    }

    [Theory]
    [InlineData("LAKEVILLE (Wire) — The harbour commission branded the plan “reckless” on Monday.", null)]
    [InlineData("Democratic U.S. Rep. Laura Finch branded the bill “a disgrace” on Friday.", "Laura Finch")]
    public void Analyze_SentenceSubject_IsNeitherADatelineNorAPartyInATitle(string text, string? speaker)
    {
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("Kowalczyk caucused in Dayton on Saturday and says he voted “for change.”", "Kowalczyk")]
    [InlineData("The fact-checkers seized on Tom Reese’s claim that there had been “hundreds of break-ins” in the town.", "Tom Reese")]
    public void Analyze_CuelessNarration_FindsTheUntaggedSubjectOrTheClaimsOwner(string text, string speaker)
    {
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("The panel met in March. Kowalczyk similarly warned that the budget would “run dry by June.”", "Kowalczyk")]
    [InlineData("“We will rebuild,” the family said in a statement.", "the family")]
    public void Analyze_AdverbBeforeTheCue_IsSkippedButLyNounsSpeak(string text, string speaker)
    {
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Analyze_SecondCoordinatedCueOfASentence_SharesTheFirstQuotesSpeaker()
    {
        const string text = "Mayor Tom Reese spoke for an hour.\n\nHe said that Ruth Alder is playing the “budget card” and said that Carl Moss is “weak like a kitten.”";
        var quotes = Analyzer.Analyze(text).Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Tom Reese", q.Speaker));
    }

    [Fact]
    public void Analyze_PronounSpeaker_IsTheSubjectAfterAnOpeningClause()
    {
        const string text = "In a long speech to the union on Friday, Hal Brody praised Tom Reese for his work.\n\n“We owe him a great deal,” he said.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("Hal Brody", quote.Speaker);
    }

    [Fact]
    public void Analyze_CuelessSentence_GoesToTheSubjectAfterAnOpeningClause()
    {
        const string text = "Recalling a meeting with Ruth Alder, Hal Brody pledged to protect the “working families” of the port.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("Hal Brody", quote.Speaker);
    }

    [Fact]
    public void Analyze_PronounSpeaker_IsTheSubjectOfAClauseAfterCommaAnd()
    {
        const string text = "It was a chance for Republican Tom Reese to win the county. Turnout was low, and Laura Finch aimed her speech at the base.\n\n“We have work to do,” she told the crowd.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("Laura Finch", quote.Speaker);
    }

    [Theory]
    [InlineData("she", "Republican Donald Trump", false)]
    [InlineData("he", "Sen. Laura Finch", false)]
    [InlineData("she", "Sen. Laura Finch", true)]
    [InlineData("he", "Kowalczyk", true)]
    public void Compatible_GivenNameAfterATitle_DecidesThePronoun(string pronoun, string name, bool compatible) =>
        Assert.Equal(compatible, GivenNames.Compatible(pronoun, name));

    [Fact]
    public void Analyze_QuoteAfterTheSentenceThatAttributedTheLastOne_ContinuesIt()
    {
        const string text = "“The food was fine,” the retired chef told the Gazette when asked about the gala in Dayton. “The music was not.”";
        var quotes = Analyzer.Analyze(text).Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("the retired chef", q.Speaker));
    }

    [Fact]
    public void Analyze_UntaggedNameBeforeAnApposition_Speaks()
    {
        const string text = "The mill closed in May.\n\nKowalczyk, who worked there for thirty years, said that “nobody saw it coming.”";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("Kowalczyk", quote.Speaker);
    }
}
