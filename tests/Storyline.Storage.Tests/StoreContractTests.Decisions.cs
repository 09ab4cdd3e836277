using Storyline.Core.Clustering;
using Storyline.Storage.Model;

namespace Storyline.Storage.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ModeratorDecisions_LatestPerCommentNewestFirst_WithTextAndScores()
    {
        var ct = TestContext.Current.CancellationToken;
        var story = await Store.IngestAsync(Draft("Alpha event happens", "One."), new TitleOverlapClusterer(), ct);
        var first = await Store.AddCommentAsync(Comment(story.StoryId, "buy cheap watches") with { Spam = 0.7, Abuse = 0.1 }, ct);
        var second = await Store.AddCommentAsync(Comment(story.StoryId, "a fair point"), ct);
        await Store.AddCommentAsync(Comment(story.StoryId, "never moderated"), ct);
        Assert.True(await Store.ModerateCommentAsync(second.Id, ModerationAction.Reject, "ops", ct));
        Assert.True(await Store.ModerateCommentAsync(first.Id, ModerationAction.Spam, "ops", ct));
        Assert.True(await Store.ModerateCommentAsync(second.Id, ModerationAction.Approve, "ops", ct));

        var decisions = await Store.ListModeratorDecisionsAsync(10, ct);

        Assert.Equal([(second.Id, ModerationAction.Approve, "a fair point"), (first.Id, ModerationAction.Spam, "buy cheap watches")],
            decisions.Select(d => (d.CommentId, d.Action, d.Text)));
        Assert.Equal((0.7, 0.1), (decisions[1].Spam, decisions[1].Abuse));
        Assert.Single(await Store.ListModeratorDecisionsAsync(1, ct));
    }
}
