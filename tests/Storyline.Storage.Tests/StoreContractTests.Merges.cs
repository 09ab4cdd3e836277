using Storyline.Core.Clustering;
using Storyline.Storage.Model;
using Storyline.Testing;

namespace Storyline.Storage.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Ingest_StoryMergedByAnotherProcess_FollowsTheMerge()
    {
        var ct = TestContext.Current.CancellationToken;
        var script = new ScriptedClusterer();
        var a = await Store.IngestAsync(Draft("First report", "One."), script, ct);
        var b = await Store.IngestAsync(Draft("Second report", "Two."), script, ct);
        script.Next = (a.StoryId, [b.StoryId]);
        var c = await Store.IngestAsync(Draft("Third report joins both", "Three."), script, ct);
        Assert.Equal(a.StoryId, c.StoryId);
        Assert.Null(await Store.GetStoryAsync(b.StoryId, ct));

        // Another process whose clusterer still knows the merged-away story files under the surviving one.
        await using var second = OpenSecond();
        var stale = new ScriptedClusterer { Next = (b.StoryId, []) };
        var d = await second.IngestAsync(Draft("Fourth report", "Four."), stale, ct);
        Assert.Equal(a.StoryId, d.StoryId);
        var comment = await second.AddCommentAsync(Comment(b.StoryId), ct);
        Assert.Equal(a.StoryId, comment.StoryId);
        var story = Assert.Single(await Store.ListStoriesAsync(new StoryListQuery(), ct));
        Assert.Equal((a.StoryId, 4, 1), (story.Id, story.ArticleCount, story.CommentCount));
    }

    [Fact]
    public async Task ResolveStoryId_GivesTheLiveStory_OrNullForOneThatNeverWas()
    {
        var ct = TestContext.Current.CancellationToken;
        var script = new ScriptedClusterer();
        var a = await Store.IngestAsync(Draft("First report", "One."), script, ct);
        var b = await Store.IngestAsync(Draft("Second report", "Two."), script, ct);
        Assert.Equal(b.StoryId, await Store.ResolveStoryIdAsync(b.StoryId, ct));
        script.Next = (a.StoryId, [b.StoryId]);
        await Store.IngestAsync(Draft("Third report joins both", "Three."), script, ct);
        Assert.Equal(a.StoryId, await Store.ResolveStoryIdAsync(b.StoryId, ct));
        Assert.Equal(a.StoryId, await Store.ResolveStoryIdAsync(a.StoryId, ct));
        Assert.Null(await Store.ResolveStoryIdAsync(987_654, ct));
    }

    [Fact]
    public async Task DigestOfAMergedAwayStory_FollowsTheStoryItBecame()
    {
        var ct = TestContext.Current.CancellationToken;
        var script = new ScriptedClusterer();
        var a = await Store.IngestAsync(Draft("First report", "One."), script, ct);
        var b = await Store.IngestAsync(Draft("Second report", "Two."), script, ct);
        var since = Time.GetUtcNow();
        Time.Advance(TimeSpan.FromMinutes(1));
        script.Next = (a.StoryId, [b.StoryId]);
        var joined = await Store.IngestAsync(Draft("Third report joins both", "Three."), script, ct);
        var until = Time.GetUtcNow();
        var items = await Store.ListDigestItemsAsync($"story:{b.StoryId}", since, until, 10, ct);
        Assert.Equal([joined.ArticleId], items.Select(i => i.ArticleId));
    }

    [Fact]
    public async Task Comment_PostedToAMergedAwayStory_LandsInTheStoryItBecame()
    {
        var ct = TestContext.Current.CancellationToken;
        var script = new ScriptedClusterer();
        var a = await Store.IngestAsync(Draft("First report", "One."), script, ct);
        var b = await Store.IngestAsync(Draft("Second report", "Two."), script, ct);
        var early = await Store.AddCommentAsync(Comment(b.StoryId, "before the merge"), ct);
        script.Next = (a.StoryId, [b.StoryId]);
        await Store.IngestAsync(Draft("Third report joins both", "Three."), script, ct);
        var late = await Store.AddCommentAsync(Comment(b.StoryId, "after the merge", parent: early.Id), ct);
        Assert.Equal(a.StoryId, late.StoryId);
        Assert.Equal(["before the merge", "after the merge"], (await Store.GetCommentsAsync(a.StoryId, ct)).Select(c => c.Text));
        await Assert.ThrowsAsync<StoreException>(() => Store.AddCommentAsync(Comment(987_654, "nowhere"), ct));
    }
}
