using Microsoft.Extensions.Time.Testing;
using Storyline.Core.Clustering;
using Storyline.Core.Extraction;
using Storyline.Storage;
using Storyline.Storage.Model;
using Storyline.Storage.Sqlite;

namespace Storyline.Storage.Tests.Sqlite;

/// <summary>The embedded store, each test on a fresh database file.</summary>
public sealed class SqliteStoreTests : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "storyline-store-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private SqliteStore _store = null!;

    public async ValueTask InitializeAsync()
    {
        _store = new SqliteStore(new SqliteStoreOptions { Path = Path.Combine(_dir, "test.db") }, _time);
        await _store.MigrateAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static ArticleDraft Draft(string title, string text, string source = "Example Times", string? url = null, ExtractedThread? comments = null) => new()
    {
        Origin = url ?? $"/tmp/{title}.txt",
        Url = url,
        CanonicalUrl = url,
        Title = title,
        Source = source,
        Published = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero),
        Text = text,
        Fingerprint = Core.Text.ContentFingerprint.Compute(title, text),
        Comments = comments ?? ExtractedThread.Empty,
    };

    [Fact]
    public async Task Migrate_Twice_IsHarmless()
    {
        await _store.MigrateAsync(TestContext.Current.CancellationToken);
        Assert.Equal(new StoreCounts(0, 0, 0), await _store.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https://example.test/a")]
    public async Task Ingest_SameArticleTwice_IsStoredOnce(string? url)
    {
        var ct = TestContext.Current.CancellationToken;
        var clusterer = new TitleOverlapClusterer();
        var first = await _store.IngestAsync(Draft("Bridge closes", "The bridge closes in March.", url: url), clusterer, ct);
        var second = await _store.IngestAsync(Draft("Bridge closes", "The bridge closes in March.", url: url), clusterer, ct);
        Assert.IsType<IngestResult.Stored>(first);
        var duplicate = Assert.IsType<IngestResult.Duplicate>(second);
        Assert.Equal(first.ArticleId, duplicate.ArticleId);
        Assert.Equal(1, (await _store.CountAsync(ct)).Articles);
    }

    [Fact]
    public async Task Ingest_TwoOutletsSameHeadline_FormOneStoryWithTwoSources()
    {
        var ct = TestContext.Current.CancellationToken;
        var clusterer = new TitleOverlapClusterer();
        var a = await _store.IngestAsync(Draft("Harbour bridge to close for repairs", "Text one.", "Daily Planet"), clusterer, ct);
        var b = await _store.IngestAsync(Draft("Harbour bridge to close for repairs next spring", "Text two.", "Evening Star"), clusterer, ct);
        Assert.Equal(a.StoryId, b.StoryId);
        var stories = await _store.ListStoriesAsync(new StoryListQuery(), ct);
        var story = Assert.Single(stories);
        Assert.Equal(2, story.ArticleCount);
        Assert.Equal(["Daily Planet", "Evening Star"], story.Sources.Order());
    }

    [Fact]
    public async Task Ingest_EmbeddedThread_StoresCommentsWithParents()
    {
        var ct = TestContext.Current.CancellationToken;
        var thread = new ExtractedThread
        {
            Declared = 9,
            Items =
            [
                new ExtractedComment { Id = "1", Text = "Top" },
                new ExtractedComment { Id = "1.1", Parent = "1", Text = "Reply" },
            ],
        };
        var result = await _store.IngestAsync(Draft("Rail strike off", "Deal reached.", comments: thread), new TitleOverlapClusterer(), ct);
        var comments = await _store.GetCommentsAsync(result.StoryId, ct);
        Assert.Equal(2, comments.Count);
        Assert.Equal(comments[0].Id, comments[1].ParentId);
        var story = await _store.GetStoryAsync(result.StoryId, ct);
        Assert.Equal(9, story!.CommentsDeclared);
    }

    [Fact]
    public async Task AddComment_UnknownStory_IsRefused()
    {
        await Assert.ThrowsAsync<StoreException>(() => _store.AddCommentAsync(new NewComment
        {
            StoryId = 404, Author = "A", Email = "a@example.test", Text = "Hi", Status = CommentStatus.Published, Created = _time.GetUtcNow(),
        }, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AddComment_ParentFromAnotherStory_IsRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        var clusterer = new TitleOverlapClusterer();
        var one = await _store.IngestAsync(Draft("Alpha event happens", "One."), clusterer, ct);
        var two = await _store.IngestAsync(Draft("Completely different matter", "Two."), clusterer, ct);
        Assert.NotEqual(one.StoryId, two.StoryId);
        var parent = await _store.AddCommentAsync(new NewComment
        {
            StoryId = one.StoryId, Author = "A", Email = "a@example.test", Text = "Hi", Status = CommentStatus.Published, Created = _time.GetUtcNow(),
        }, ct);
        await Assert.ThrowsAsync<StoreException>(() => _store.AddCommentAsync(new NewComment
        {
            StoryId = two.StoryId, ParentId = parent.Id, Author = "B", Email = "b@example.test", Text = "Re", Status = CommentStatus.Published, Created = _time.GetUtcNow(),
        }, ct));
    }

    [Fact]
    public async Task LoadWindow_ReturnsArticlesWithTheirStories()
    {
        var ct = TestContext.Current.CancellationToken;
        var stored = await _store.IngestAsync(Draft("Window test", "Body."), new TitleOverlapClusterer(), ct);
        var window = await _store.LoadWindowAsync(_time.GetUtcNow().AddDays(-14), ct);
        var (document, storyId) = Assert.Single(window);
        Assert.Equal(stored.StoryId, storyId);
        Assert.Equal("Window test", document.Title);
    }
}
