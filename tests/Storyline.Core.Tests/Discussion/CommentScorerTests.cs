using Storyline.Core.Discussion;
using Storyline.Core.Discussion.Policy;

namespace Storyline.Core.Tests.Discussion;

/// <summary>The shipped models with the default policy, on synthetic comments written for these tests.</summary>
public sealed class CommentScorerTests
{
    private static readonly CommentScorer Scorer = new();

    private static CommentInput Comment(string text) => new() { Id = "t", Author = "Reader", Text = text };

    [Theory]
    [InlineData("CHECK OUT MY CHANNEL!!! Subscribe to me and I will subscribe back http://my-vids.example.com")]
    [InlineData("Earn $500 a day working from home, click here http://easy-cash.example.biz free gift cards")]
    [InlineData("Hey guys please check out my new music video and subscribe to my channel, thanks!!")]
    [InlineData("Win a FREE iPhone now!!! Visit www.prize-claim.example.com and claim your prize")]
    public void Decide_ObviousSpam_IsNotPublished(string text)
    {
        var comment = Comment(text);
        var scores = Scorer.Score(comment);
        Assert.True(scores.Spam >= 0.6, $"spam score {scores.Spam}");
        Assert.NotEqual(ModerationDecision.Publish, Scorer.Decide(comment, scores));
    }

    [Theory]
    [InlineData("I think the article underestimates how long the bridge repairs will take; the last survey said three years.")]
    [InlineData("Thanks for covering the school board meeting, my daughter's class was affected by the schedule change.")]
    [InlineData("Does anyone know whether the new bus line will stop at the hospital?")]
    [InlineData("Great reporting. The chart on page two made the budget much easier to follow.")]
    [InlineData("I disagree with the mayor here, but the piece explains both sides fairly.")]
    [InlineData("My grandmother lived on that street in the sixties, it was a lovely neighbourhood back then.")]
    public void Decide_OrdinaryComments_ArePublished(string text)
    {
        var comment = Comment(text);
        var scores = Scorer.Score(comment);
        Assert.Equal(ModerationDecision.Publish, Scorer.Decide(comment, scores));
    }

    [Theory]
    [InlineData("you are a stupid bitch and everyone hates you, shut the fuck up")]
    [InlineData("fuck off you worthless piece of shit")]
    public void Score_Insults_HaveHighAbuse(string text) => Assert.True(Scorer.Score(Comment(text)).Abuse >= 0.9);

    public static TheoryData<string> OddInputs => new()
    {
        "",
        " ",
        new string('x', 2_000_000),
        string.Concat(Enumerable.Repeat("word ", 200_000)),
        "Статья очень интересная, спасибо автору.",
        "这篇文章写得很好，谢谢。",
        "مقال رائع، شكرا جزيلا",
        "नमस्ते, बहुत अच्छा लेख",
        "\u0000\u0001\u0007\u001b[31mred\u001b[0m\u200b\u202e",
        "\ud83d\ude00\ud83d\ude00 \ud800 lone surrogate",
        "<script>alert(1)</script><a href='http://x.example'>x</a>&amp;&#128514;&#xZZ;",
    };

    [Theory]
    [MemberData(nameof(OddInputs))]
    public void Score_OddInputs_StayInRangeWithoutThrowing(string text)
    {
        var comment = Comment(text);
        var scores = Scorer.Score(comment);
        Assert.InRange(scores.Spam, 0, 1);
        Assert.InRange(scores.Abuse, 0, 1);
        Assert.True(Enum.IsDefined(Scorer.Decide(comment, scores)));
    }

    [Fact]
    public void Decide_HoneypotFilled_RejectsEvenAnOrdinaryComment()
    {
        var comment = Comment("Nice article about the harbour.");
        Assert.Equal(ModerationDecision.Reject, Scorer.Decide(comment, Scorer.Score(comment), new CommentContext { HoneypotFilled = true }));
    }

    [Fact]
    public void Score_LinkToTheStoryItself_LowersSpam()
    {
        var comment = Comment("This part of the story https://news.example/stories/42#para-7 explains it");
        var plain = Scorer.Score(comment).Spam;
        var own = Scorer.Score(comment, new CommentContext { SiteAddresses = ["news.example/stories"] }).Spam;
        Assert.True(own <= plain, $"{own} > {plain}");
    }

    [Fact]
    public void Score_IgnoresAuthorAndEmail()
    {
        var a = Scorer.Score(new CommentInput { Id = "1", Author = "FREE CASH", Email = "spam@spam.example", Text = "Lovely photos of the festival." });
        var b = Scorer.Score(new CommentInput { Id = "2", Author = "Ann", Text = "Lovely photos of the festival." });
        Assert.Equal(b, a);
    }
}
