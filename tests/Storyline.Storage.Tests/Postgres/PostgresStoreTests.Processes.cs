using Storyline.Core.Clustering;
using Storyline.Storage.Model;

namespace Storyline.Storage.Tests.Postgres;

/// <summary>Several stores on one database, each with its own in-memory clusterer, as several processes are.</summary>
public sealed partial class PostgresStoreTests
{
    [Fact]
    public async Task Ingest_TwoProcessesRacingSameAndRelatedArticles_NeverDuplicateOrSplit()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var second = OpenSecond();
        var events = new[] { "Harbour bridge closes for repairs", "Council approves new budget plan", "Storm floods coastal towns overnight" };
        var outlets = new[] { "Daily Planet", "Evening Star", "Morning Post", "City Wire" };
        // Every outlet's report of every event, each sent to both processes at once, in different orders.
        var drafts = events.SelectMany(e => outlets.Select(o => Draft($"{e} says {o}", $"{o} reports: {e}.", o))).ToList();
        var one = new TitleOverlapClusterer();
        var two = new TitleOverlapClusterer();
        await Task.WhenAll(
            Task.Run(async () => { foreach (var d in drafts) await Store.IngestAsync(d, one, ct); }, ct),
            Task.Run(async () => { foreach (var d in Enumerable.Reverse(drafts)) await second.IngestAsync(d, two, ct); }, ct));
        var counts = await Store.CountAsync(ct);
        Assert.Equal(drafts.Count, counts.Articles);
        var stories = await Store.ListStoriesAsync(new StoryListQuery(), ct);
        Assert.Equal(events.Length, stories.Count);
        Assert.All(stories, s => Assert.Equal(outlets.Length, s.ArticleCount));
    }

    [Fact]
    public async Task Ingest_AfterWarmStart_CatchesUpWithOtherProcesses()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var second = OpenSecond();
        var mine = new TitleOverlapClusterer();
        var first = await Store.IngestAsync(Draft("Harbour bridge closes for repairs", "One.", "Daily Planet"), mine, ct);
        var theirs = new TitleOverlapClusterer();
        foreach (var (document, storyId) in await second.LoadWindowAsync(Time.GetUtcNow().AddDays(-14), ct)) theirs.Restore(document, storyId);
        var other = await Store.IngestAsync(Draft("Storm floods coastal towns overnight", "Two.", "Daily Planet"), mine, ct);
        Assert.Equal(first.StoryId, (await second.IngestAsync(Draft("Harbour bridge closes for repairs soon", "Three.", "Evening Star"), theirs, ct)).StoryId);
        Assert.Equal(other.StoryId, (await second.IngestAsync(Draft("Storm floods coastal towns", "Four.", "Evening Star"), theirs, ct)).StoryId);
    }

    [Fact]
    public async Task AddComment_FromTwoProcessesAtOnce_KeepsEveryComment()
    {
        var ct = TestContext.Current.CancellationToken;
        var story = await Store.IngestAsync(Draft("Harbour bridge closes", "One."), new TitleOverlapClusterer(), ct);
        await using var second = OpenSecond();
        var posted = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            (i % 2 == 0 ? Store : second).AddCommentAsync(Comment(story.StoryId, $"comment {i}"), ct)));
        Assert.Equal(40, posted.Select(c => c.Id).Distinct().Count());
        Assert.Equal(40, (await Store.GetCommentsAsync(story.StoryId, ct)).Count);
    }
}
