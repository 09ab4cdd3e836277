using Storyline.Storage.Model;

namespace Storyline.Storage.Tests;

public abstract partial class StoreContractTests
{
    /// <summary>A zero or negative limit from a caller is read as one row on every store (never as "no limit", never an error).</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public async Task Lists_ZeroOrNegativeLimit_ReadOneRow_OnEveryStore(int limit)
    {
        var ct = TestContext.Current.CancellationToken;
        var story = (await Store.IngestAsync(Draft("Harbour storm closes bridge", "A storm closed the harbour bridge."), new Core.Clustering.TitleOverlapClusterer(), ct)).StoryId;
        var held = await Store.AddCommentAsync(Comment(story, "Held one", status: CommentStatus.Held), ct);
        await Store.ModerateCommentAsync(held.Id, ModerationAction.Approve, "mod", ct);
        await Store.AddCommentAsync(Comment(story, "Another held", status: CommentStatus.Held), ct);

        Assert.Single(await Store.ListStoriesAsync(new StoryListQuery { Limit = limit, Now = Time.GetUtcNow() }, ct));
        Assert.Single(await Store.SearchAsync(new SearchQuery { Text = "storm", Limit = limit }, ct));
        Assert.Single(await Store.ListCommentsByStatusAsync(CommentStatus.Held, limit, ct));
        Assert.Single(await Store.GetModerationLogAsync(limit, ct));
        Assert.Single(await Store.ListModeratorDecisionsAsync(limit, ct));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public async Task Lists_NegativeOffset_ReadFromTheStart(int offset)
    {
        var ct = TestContext.Current.CancellationToken;
        await Store.IngestAsync(Draft("Harbour storm closes bridge", "A storm closed the harbour bridge."), new Core.Clustering.TitleOverlapClusterer(), ct);

        Assert.Single(await Store.ListStoriesAsync(new StoryListQuery { Offset = offset, Now = Time.GetUtcNow() }, ct));
        Assert.Single(await Store.SearchAsync(new SearchQuery { Text = "storm", Offset = offset }, ct));
    }
}
