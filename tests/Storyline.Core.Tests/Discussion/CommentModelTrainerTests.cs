using Storyline.Core.Discussion.Scoring;

namespace Storyline.Core.Tests.Discussion;

public sealed class CommentModelTrainerTests
{
    [Fact]
    public void Retrain_ModeratorSpamDecisions_RaiseTheSpamScoreOfThatCampaign()
    {
        var campaign = "Zorblax tonic restores your energy, order at zorblax dot shop";
        var ordinary = "The library opening hours change next week, good to know.";
        var decisions = Enumerable.Range(0, 6)
            .SelectMany(i => new[]
            {
                new ModeratedComment { Text = $"Zorblax tonic offer {i}, order at zorblax dot shop", Author = $"bot{i}", Label = ModeratorLabel.Spam },
                new ModeratedComment { Text = $"Thanks for the update on the library, part {i}.", Author = $"reader{i}", Label = ModeratorLabel.Approved },
            })
            .ToList();
        var before = CommentModels.Shipped;
        var after = CommentModelTrainer.Retrain(before, decisions);
        Assert.True(after.Spam.Probability(campaign) > before.Spam.Probability(campaign) + 0.1);
        Assert.True(after.Spam.Probability(ordinary) < 0.5);
    }

    [Fact]
    public void Retrain_WithoutBothKindsOfDecision_LeavesAModelUnchanged()
    {
        var before = CommentModels.Shipped;
        var after = CommentModelTrainer.Retrain(before, [new ModeratedComment { Text = "hello", Author = "a", Label = ModeratorLabel.Approved }]);
        Assert.Same(before.Spam, after.Spam);
        Assert.Same(before.Abuse, after.Abuse);
    }

    [Fact]
    public void Retrain_AbuseDecisions_UpdateOnlyTheAbuseModel()
    {
        var before = CommentModels.Shipped;
        var after = CommentModelTrainer.Retrain(before,
        [
            new ModeratedComment { Text = "you absolute grobnik, crawl back under your rock", Author = "x", Label = ModeratorLabel.Abusive },
            new ModeratedComment { Text = "a fair point about the rail timetable", Author = "y", Label = ModeratorLabel.Approved },
        ]);
        Assert.NotSame(before.Abuse, after.Abuse);
        Assert.Same(before.Spam, after.Spam);
        Assert.True(after.Abuse.Probability("you absolute grobnik") >= before.Abuse.Probability("you absolute grobnik"));
    }
}
