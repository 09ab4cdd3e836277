using Storyline.Core.Discussion;
using Storyline.Core.Discussion.Policy;

namespace Storyline.Core.Tests.Discussion;

public sealed class ModerationPolicyTests
{
    private static readonly CommentScores Clean = new(0.01, 0.01);

    private static CommentInput Comment(string text, string? url = null) => new() { Id = "c1", Author = "Ann", Text = text, Url = url };

    public static TheoryData<string, double, double, ModerationDecision, ModerationRule?> ScoreCases => new()
    {
        { "A thoughtful remark about the council budget.", 0.01, 0.01, ModerationDecision.Publish, null },
        { "A thoughtful remark about the council budget.", 0.70, 0.01, ModerationDecision.Hold, ModerationRule.SpamScore },
        { "A thoughtful remark about the council budget.", 0.99, 0.01, ModerationDecision.Reject, ModerationRule.SpamScore },
        { "A thoughtful remark about the council budget.", 0.01, 0.995, ModerationDecision.Hold, ModerationRule.AbuseScore },
        { "A thoughtful remark about the council budget.", 0.01, 0.90, ModerationDecision.Publish, null },
    };

    [Theory]
    [MemberData(nameof(ScoreCases))]
    public void Evaluate_Scores_MapToDecisionsByThreshold(string text, double spam, double abuse, ModerationDecision expected, ModerationRule? rule)
    {
        var verdict = new ModerationPolicy().Evaluate(Comment(text), new CommentScores(spam, abuse));
        Assert.Equal(expected, verdict.Decision);
        Assert.Equal(rule, verdict.Rule);
    }

    public static TheoryData<string, ModerationDecision, ModerationRule?> TextCases => new()
    {
        { "", ModerationDecision.Reject, ModerationRule.Malformed },
        { "   \n\t ", ModerationDecision.Reject, ModerationRule.Malformed },
        { "\u0001\u0002\u200b", ModerationDecision.Reject, ModerationRule.Malformed },
        { "See https://a.example/1 and https://b.example/2", ModerationDecision.Publish, null },
        { "See https://a.example/1 https://b.example/2 https://c.example/3", ModerationDecision.Hold, ModerationRule.Links },
        { string.Join(' ', Enumerable.Range(0, 9).Select(i => $"http://s{i}.example.com")), ModerationDecision.Reject, ModerationRule.Links },
        { "sooooooooooooo good!!!!!!!!!!!!!!!!!!!!", ModerationDecision.Publish, null },
        { "buy " + new string('!', 250), ModerationDecision.Hold, ModerationRule.Repetition },
        { string.Join(' ', Enumerable.Repeat("cheap pills now", 15)), ModerationDecision.Hold, ModerationRule.Repetition },
        { "Съезд партии прошёл спокойно, 感谢 for the report. مرحبا", ModerationDecision.Publish, null },
    };

    [Theory]
    [MemberData(nameof(TextCases))]
    public void Evaluate_TextRules_ApplyWithoutScores(string text, ModerationDecision expected, ModerationRule? rule)
    {
        var verdict = new ModerationPolicy().Evaluate(Comment(text), Clean);
        Assert.Equal(expected, verdict.Decision);
        Assert.Equal(rule, verdict.Rule);
    }

    [Fact]
    public void Evaluate_OversizedText_IsRejected()
    {
        var verdict = new ModerationPolicy(new ModerationOptions { MaxTextLength = 100 }).Evaluate(Comment(new string('a', 50) + " " + new string('b', 60)), Clean);
        Assert.Equal(ModerationRule.Malformed, verdict.Rule);
        Assert.Equal(ModerationDecision.Reject, verdict.Decision);
    }

    [Fact]
    public void Evaluate_AuthorWebsite_CountsAsALink()
    {
        var verdict = new ModerationPolicy(new ModerationOptions { LinksToHold = 2 }).Evaluate(Comment("Read https://a.example/x", url: "https://me.example"), Clean);
        Assert.Equal(ModerationRule.Links, verdict.Rule);
    }

    public static TheoryData<CommentContext, ModerationDecision, ModerationRule?> ContextCases => new()
    {
        { CommentContext.None, ModerationDecision.Publish, null },
        { new CommentContext { HoneypotFilled = true }, ModerationDecision.Reject, ModerationRule.Honeypot },
        { new CommentContext { TimeToSubmit = TimeSpan.FromMilliseconds(800) }, ModerationDecision.Reject, ModerationRule.TimeToSubmit },
        { new CommentContext { TimeToSubmit = TimeSpan.FromSeconds(40) }, ModerationDecision.Publish, null },
        { new CommentContext { RecentFromClient = 10 }, ModerationDecision.Reject, ModerationRule.RateLimit },
        { new CommentContext { RecentFromClient = 9 }, ModerationDecision.Publish, null },
        { new CommentContext { RecentFromAuthor = 20 }, ModerationDecision.Hold, ModerationRule.RateLimit },
        { new CommentContext { AuthorBanned = true }, ModerationDecision.Reject, ModerationRule.BannedAuthor },
    };

    [Theory]
    [MemberData(nameof(ContextCases))]
    public void Evaluate_FormAndRateContext_Decides(CommentContext context, ModerationDecision expected, ModerationRule? rule)
    {
        var verdict = new ModerationPolicy().Evaluate(Comment("Good piece, thanks."), Clean, context);
        Assert.Equal(expected, verdict.Decision);
        Assert.Equal(rule, verdict.Rule);
    }

    [Theory]
    [InlineData(0, ModerationDecision.Hold)]
    [InlineData(1, ModerationDecision.Publish)]
    public void Evaluate_NewCommenters_AreHeldOnlyWhenTheOperatorAsks(int approved, ModerationDecision expected)
    {
        var policy = new ModerationPolicy(new ModerationOptions { PremoderateNewCommenters = true });
        Assert.Equal(expected, policy.Evaluate(Comment("Good piece."), Clean, new CommentContext { ApprovedFromAuthor = approved }).Decision);
        Assert.Equal(ModerationDecision.Publish, new ModerationPolicy().Evaluate(Comment("Good piece."), Clean, new CommentContext { ApprovedFromAuthor = approved }).Decision);
    }

    [Theory]
    [InlineData("You are a Plonker, sir", ModerationDecision.Reject)]
    [InlineData("that is a PLONKERS move", ModerationDecision.Publish)]
    [InlineData("Visit the casino royale tonight", ModerationDecision.Hold)]
    [InlineData("the royale with cheese", ModerationDecision.Publish)]
    public void Evaluate_WordLists_MatchWholeWordsAndPhrases(string text, ModerationDecision expected)
    {
        var policy = new ModerationPolicy(new ModerationOptions { BlockedWords = ["plonker"], HeldWords = ["casino royale"] });
        Assert.Equal(expected, policy.Evaluate(Comment(text), Clean).Decision);
    }

    [Fact]
    public void Evaluate_LaterReject_BeatsEarlierHold()
    {
        var options = new ModerationOptions { Order = [ModerationRule.SpamScore, ModerationRule.Honeypot] };
        var verdict = new ModerationPolicy(options).Evaluate(Comment("hello"), new CommentScores(0.7, 0), new CommentContext { HoneypotFilled = true });
        Assert.Equal(ModerationRule.Honeypot, verdict.Rule);
    }

    [Fact]
    public void Evaluate_RulesLeftOutOfTheOrder_DoNotRun()
    {
        var options = new ModerationOptions { Order = [ModerationRule.SpamScore] };
        var verdict = new ModerationPolicy(options).Evaluate(Comment("hello"), Clean, new CommentContext { HoneypotFilled = true });
        Assert.Equal(ModerationDecision.Publish, verdict.Decision);
    }

    [Fact]
    public void Evaluate_LinksToTheSiteItself_AreNotCounted()
    {
        var text = "See https://news.example/stories/1 https://news.example/stories/2 https://news.example/stories/3";
        var context = new CommentContext { SiteAddresses = ["news.example"] };
        Assert.Equal(ModerationDecision.Publish, new ModerationPolicy().Evaluate(Comment(text), Clean, context).Decision);
    }

    [Fact]
    public void Constructor_IncoherentOptions_Throw()
    {
        Assert.Throws<ArgumentException>(() => new ModerationPolicy(new ModerationOptions { SpamHoldThreshold = 0.99, SpamRejectThreshold = 0.5 }));
        Assert.Throws<ArgumentException>(() => new ModerationPolicy(new ModerationOptions { Order = [ModerationRule.Links, ModerationRule.Links] }));
    }
}
