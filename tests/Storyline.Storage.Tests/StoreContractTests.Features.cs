using Storyline.Core.Clustering;
using Storyline.Storage.Model;

namespace Storyline.Storage.Tests;

public abstract partial class StoreContractTests
{
    private static readonly string Marked = $"{SearchHit.MarkStart}bridge{SearchHit.MarkEnd}";

    [Fact]
    public async Task Search_WordInTitle_IsHighlightedAndRanksAboveTextOnlyMatch()
    {
        var ct = TestContext.Current.CancellationToken;
        var clusterer = new TitleOverlapClusterer();
        var textOnly = await Store.IngestAsync(Draft("Council meets on budget", "Members also discussed the old bridge at length."), clusterer, ct);
        var inTitle = await Store.IngestAsync(Draft("Harbour bridge to close", "Repairs start in March and last a year."), clusterer, ct);
        await Store.IngestAsync(Draft("Football final tonight", "Nothing to see here."), clusterer, ct);
        var hits = await Store.SearchAsync(new SearchQuery { Text = "bridge" }, ct);
        Assert.Equal([inTitle.ArticleId, textOnly.ArticleId], hits.Select(h => h.ArticleId));
        Assert.Contains(Marked, hits[0].TitleMarked, StringComparison.Ordinal);
        Assert.Contains(Marked, hits[1].Snippet, StringComparison.Ordinal);
        Assert.Equal(inTitle.StoryId, hits[0].StoryId);
        Assert.Equal("Harbour bridge to close", hits[0].Title);
    }

    [Theory]
    [InlineData("harb", 1)]
    [InlineData("HARBOUR Bridge", 1)]
    [InlineData("harbour football", 0)]
    [InlineData("\"bridge\" ( close)", 1)]
    [InlineData("bridge OR repairs", 0)]
    [InlineData("bridge' -- ; DROP", 0)]
    [InlineData("   ", 0)]
    [InlineData("*:& | !", 0)]
    public async Task Search_ReaderWords_AreAndedWithPrefixOnTheLast(string text, int expected)
    {
        var ct = TestContext.Current.CancellationToken;
        await Store.IngestAsync(Draft("Harbour bridge to close", "Repairs start in March and last a year."), new TitleOverlapClusterer(), ct);
        Assert.Equal(expected, (await Store.SearchAsync(new SearchQuery { Text = text }, ct)).Count);
    }

    [Theory]
    [InlineData("cafe")]
    [InlineData("CAFÉ")]
    [InlineData("zurich")]
    public async Task Search_IgnoresAccents(string text)
    {
        var ct = TestContext.Current.CancellationToken;
        await Store.IngestAsync(Draft("Café owners in Zürich protest", "Rents doubled this year."), new TitleOverlapClusterer(), ct);
        Assert.Single(await Store.SearchAsync(new SearchQuery { Text = text }, ct));
    }

    [Fact]
    public async Task Search_Paging_SplitsTheHits()
    {
        var ct = TestContext.Current.CancellationToken;
        var clusterer = new TitleOverlapClusterer();
        for (var i = 0; i < 5; i++)
            await Store.IngestAsync(Draft($"Storm report number {i}", $"Storm {i} reached the coast.", published: Time.GetUtcNow().AddHours(-i)), clusterer, ct);
        var first = await Store.SearchAsync(new SearchQuery { Text = "storm", Limit = 3 }, ct);
        var second = await Store.SearchAsync(new SearchQuery { Text = "storm", Limit = 3, Offset = 3 }, ct);
        Assert.Equal(3, first.Count);
        Assert.Equal(2, second.Count);
        Assert.Empty(first.Select(h => h.ArticleId).Intersect(second.Select(h => h.ArticleId)));
    }

    [Fact]
    public async Task Feeds_AddTwice_KeepsOneAndListsByUrl()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.True(await Store.AddFeedAsync(new FeedRow("https://b.example/feed", null, "{}"), ct));
        Assert.False(await Store.AddFeedAsync(new FeedRow("https://b.example/feed", null, "{\"x\":1}"), ct));
        Assert.True(await Store.AddFeedAsync(new FeedRow("https://a.example/feed", Time.GetUtcNow(), "{}"), ct));
        Assert.Equal(["https://a.example/feed", "https://b.example/feed"], (await Store.ListFeedsAsync(ct)).Select(f => f.Url));
        Assert.Equal("{}", (await Store.GetFeedAsync("https://b.example/feed", ct))!.StateJson);
        Assert.Null(await Store.GetFeedAsync("https://c.example/feed", ct));
    }

    [Fact]
    public async Task ClaimDueFeeds_ClaimsOnlyDueFeedsOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var now = Time.GetUtcNow();
        await Store.AddFeedAsync(new FeedRow("https://new.example/feed", null, "{}"), ct);
        await Store.AddFeedAsync(new FeedRow("https://due.example/feed", now.AddMinutes(-5), "{}"), ct);
        await Store.AddFeedAsync(new FeedRow("https://later.example/feed", now.AddMinutes(5), "{}"), ct);
        var claimed = await Store.ClaimDueFeedsAsync(now, 10, now.AddMinutes(10), ct);
        Assert.Equal(["https://new.example/feed", "https://due.example/feed"], claimed.Select(f => f.Url));
        Assert.Equal(now.AddMinutes(-5), claimed[1].NextCheck);
        Assert.Empty(await Store.ClaimDueFeedsAsync(now, 10, now.AddMinutes(10), ct));
        Assert.Equal(now.AddMinutes(10), (await Store.GetFeedAsync("https://due.example/feed", ct))!.NextCheck);
    }

    [Fact]
    public async Task ClaimDueFeeds_TwoProcessesAtOnce_NeverClaimTheSameFeed()
    {
        var ct = TestContext.Current.CancellationToken;
        var now = Time.GetUtcNow();
        for (var i = 0; i < 40; i++) await Store.AddFeedAsync(new FeedRow($"https://f{i:D2}.example/feed", null, "{}"), ct);
        await using var second = OpenSecond();
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? Store : second).ClaimDueFeedsAsync(now, 7, now.AddMinutes(10), ct)));
        var urls = claims.SelectMany(c => c.Select(f => f.Url)).ToList();
        Assert.Equal(urls.Count, urls.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(40, urls.Count);
    }

    [Fact]
    public async Task Feeds_SaveAfterRemove_IsIgnored()
    {
        var ct = TestContext.Current.CancellationToken;
        await Store.AddFeedAsync(new FeedRow("https://a.example/feed", null, "{}"), ct);
        await Store.SaveFeedAsync(new FeedRow("https://a.example/feed", Time.GetUtcNow(), "{\"etag\":\"1\"}"), ct);
        Assert.Equal("{\"etag\":\"1\"}", (await Store.GetFeedAsync("https://a.example/feed", ct))!.StateJson);
        Assert.True(await Store.RemoveFeedAsync("https://a.example/feed", ct));
        Assert.False(await Store.RemoveFeedAsync("https://a.example/feed", ct));
        await Store.SaveFeedAsync(new FeedRow("https://a.example/feed", null, "{}"), ct);
        Assert.Empty(await Store.ListFeedsAsync(ct));
    }

    [Fact]
    public async Task FeedKeys_KeepOnlyTheNewest()
    {
        var ct = TestContext.Current.CancellationToken;
        const string feed = "https://a.example/feed";
        await Store.MarkFeedKeysSeenAsync(feed, ["k1", "k1"], keep: 2, ct);
        Time.Advance(TimeSpan.FromMinutes(1));
        await Store.MarkFeedKeysSeenAsync(feed, ["k2"], keep: 2, ct);
        Time.Advance(TimeSpan.FromMinutes(1));
        await Store.MarkFeedKeysSeenAsync(feed, ["k3"], keep: 2, ct);
        Assert.Equal(["k2", "k3"], (await Store.SeenFeedKeysAsync(feed, ["k1", "k2", "k3", "k4"], ct)).Order());
        Assert.Empty(await Store.SeenFeedKeysAsync("https://other.example/feed", ["k2"], ct));
        Assert.Empty(await Store.SeenFeedKeysAsync(feed, [], ct));
    }

    [Fact]
    public async Task Moderation_Approve_PublishesAndIsLogged()
    {
        var ct = TestContext.Current.CancellationToken;
        var story = await Store.IngestAsync(Draft("Alpha event happens", "One."), new TitleOverlapClusterer(), ct);
        var held = await Store.AddCommentAsync(Comment(story.StoryId, status: CommentStatus.Held), ct);
        Assert.Equal([held.Id], (await Store.ListCommentsByStatusAsync(CommentStatus.Held, 10, ct)).Select(c => c.Id));
        Assert.True(await Store.ModerateCommentAsync(held.Id, ModerationAction.Approve, "ops", ct));
        Assert.Empty(await Store.ListCommentsByStatusAsync(CommentStatus.Held, 10, ct));
        Assert.Equal(CommentStatus.Published, Assert.Single(await Store.GetCommentsAsync(story.StoryId, ct)).Status);
        var entry = Assert.Single(await Store.GetModerationLogAsync(10, ct));
        Assert.Equal((held.Id, ModerationAction.Approve, "ops", Time.GetUtcNow()), (entry.CommentId, entry.Action, entry.Moderator, entry.At));
        Assert.False(await Store.ModerateCommentAsync(9999, ModerationAction.Reject, "ops", ct));
    }

    [Fact]
    public async Task Moderation_Ban_RejectsTheAuthorsOtherCommentsAndRemembersTheAddress()
    {
        var ct = TestContext.Current.CancellationToken;
        var story = await Store.IngestAsync(Draft("Alpha event happens", "One."), new TitleOverlapClusterer(), ct);
        var first = await Store.AddCommentAsync(Comment(story.StoryId, "one", email: "Troll@Example.test"), ct);
        await Store.AddCommentAsync(Comment(story.StoryId, "two", email: "Troll@Example.test", status: CommentStatus.Held), ct);
        await Store.AddCommentAsync(Comment(story.StoryId, "fine", email: "nice@example.test"), ct);
        Assert.False(await Store.IsAuthorBannedAsync("troll@example.test", ct));
        Assert.True(await Store.ModerateCommentAsync(first.Id, ModerationAction.Ban, "ops", ct));
        Assert.True(await Store.IsAuthorBannedAsync(" troll@example.TEST ", ct));
        Assert.False(await Store.IsAuthorBannedAsync("nice@example.test", ct));
        var statuses = (await Store.GetCommentsAsync(story.StoryId, ct)).Select(c => (c.Text, c.Status));
        Assert.Equal([("one", CommentStatus.Rejected), ("two", CommentStatus.Rejected), ("fine", CommentStatus.Published)], statuses);
        Assert.Equal(2, (await Store.ListCommentsByStatusAsync(CommentStatus.Rejected, 10, ct)).Count);
    }

    [Fact]
    public async Task Import_SameThreadTwice_StoresItOnceWithParents()
    {
        var ct = TestContext.Current.CancellationToken;
        var story = await Store.IngestAsync(Draft("Alpha event happens", "One."), new TitleOverlapClusterer(), ct);
        NewComment[] thread = [Comment(story.StoryId, "top", externalId: "x1"), Comment(story.StoryId, "reply", externalId: "x2")];
        var parents = new Dictionary<string, string> { ["x2"] = "x1" };
        Assert.Equal(new ImportResult(2, 0), await Store.ImportCommentsAsync(story.StoryId, thread, parents, ct));
        Assert.Equal(new ImportResult(0, 2), await Store.ImportCommentsAsync(story.StoryId, thread, parents, ct));
        var comments = await Store.GetCommentsAsync(story.StoryId, ct);
        Assert.Equal(2, comments.Count);
        Assert.Equal(comments[0].Id, comments[1].ParentId);
        Assert.Equal("x2", comments[1].ExternalId);
        Assert.Equal(2, (await Store.CountAsync(ct)).Comments);
    }

    [Fact]
    public async Task Import_UnknownStory_IsRefused()
    {
        await Assert.ThrowsAsync<StoreException>(() => Store.ImportCommentsAsync(404, [Comment(404, externalId: "x")], new Dictionary<string, string>(),
            TestContext.Current.CancellationToken));
    }
}
