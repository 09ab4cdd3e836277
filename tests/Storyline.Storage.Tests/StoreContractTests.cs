using Microsoft.Extensions.Time.Testing;
using Storyline.Core.Clustering;
using Storyline.Core.Extraction;
using Storyline.Storage.Model;

namespace Storyline.Storage.Tests;

/// <summary>
/// The storage contract: every store passes these, each test on a fresh, migrated, empty database. Derived classes
/// only say how to open one.
/// </summary>
public abstract partial class StoreContractTests : IAsyncLifetime
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    protected IStorylineStore Store { get; private set; } = null!;

    /// <summary>Opens a store on a fresh database (not migrated yet).</summary>
    protected abstract Task<IStorylineStore> OpenFreshAsync(CancellationToken cancellationToken);

    /// <summary>Opens another store on the same database, as a second process would.</summary>
    protected abstract IStorylineStore OpenSecond();

    /// <summary>Deletes the fresh database.</summary>
    protected abstract Task DropAsync();

    public async ValueTask InitializeAsync()
    {
        Store = await OpenFreshAsync(TestContext.Current.CancellationToken);
        await Store.MigrateAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (Store is not null) await Store.DisposeAsync();
        await DropAsync();
        GC.SuppressFinalize(this);
    }

    protected static ArticleDraft Draft(string title, string text, string source = "Example Times", string? url = null, ExtractedThread? comments = null,
        DateTimeOffset? published = null, IReadOnlyList<string>? topics = null) => new()
    {
        Origin = url ?? $"/tmp/{title}.txt",
        Url = url,
        CanonicalUrl = url,
        Title = title,
        Source = source,
        Published = published ?? new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero),
        Text = text,
        Fingerprint = Core.Text.ContentFingerprint.Compute(title, text),
        Comments = comments ?? ExtractedThread.Empty,
        Topics = topics ?? [],
    };

    protected NewComment Comment(long storyId, string text = "Hi", long? parent = null, string email = "a@example.test", CommentStatus status = CommentStatus.Published,
        string? externalId = null) => new()
    {
        StoryId = storyId, ParentId = parent, Author = "A", Email = email, Text = text, Status = status, Created = Time.GetUtcNow(), ExternalId = externalId,
    };

    [Fact]
    public async Task Migrate_Twice_IsHarmless()
    {
        await Store.MigrateAsync(TestContext.Current.CancellationToken);
        Assert.Equal(new StoreCounts(0, 0, 0), await Store.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Migrate_TwoProcessesAtOnce_BothSucceed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var second = OpenSecond();
        await using var third = OpenSecond();
        await Task.WhenAll(second.MigrateAsync(ct), third.MigrateAsync(ct));
        Assert.Equal(new StoreCounts(0, 0, 0), await second.CountAsync(ct));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https://example.test/a")]
    public async Task Ingest_SameArticleTwice_IsStoredOnce(string? url)
    {
        var ct = TestContext.Current.CancellationToken;
        var clusterer = new TitleOverlapClusterer();
        var first = await Store.IngestAsync(Draft("Bridge closes", "The bridge closes in March.", url: url), clusterer, ct);
        var second = await Store.IngestAsync(Draft("Bridge closes", "The bridge closes in March.", url: url), clusterer, ct);
        Assert.IsType<IngestResult.Stored>(first);
        var duplicate = Assert.IsType<IngestResult.Duplicate>(second);
        Assert.Equal(first.ArticleId, duplicate.ArticleId);
        Assert.Equal(1, (await Store.CountAsync(ct)).Articles);
    }

    [Fact]
    public async Task Ingest_SameUrlWithNewText_IsADuplicate()
    {
        var ct = TestContext.Current.CancellationToken;
        var clusterer = new TitleOverlapClusterer();
        var first = await Store.IngestAsync(Draft("Bridge closes", "The bridge closes in March.", url: "https://example.test/b"), clusterer, ct);
        var second = await Store.IngestAsync(Draft("Bridge closes (updated)", "The bridge closes in April.", url: "https://example.test/b"), clusterer, ct);
        Assert.Equal(first.ArticleId, Assert.IsType<IngestResult.Duplicate>(second).ArticleId);
    }

    [Fact]
    public async Task Ingest_TwoOutletsSameHeadline_FormOneStoryWithTwoSources()
    {
        var ct = TestContext.Current.CancellationToken;
        var clusterer = new TitleOverlapClusterer();
        var a = await Store.IngestAsync(Draft("Harbour bridge to close for repairs", "Text one.", "Daily Planet"), clusterer, ct);
        var b = await Store.IngestAsync(Draft("Harbour bridge to close for repairs next spring", "Text two.", "Evening Star"), clusterer, ct);
        Assert.Equal(a.StoryId, b.StoryId);
        var stories = await Store.ListStoriesAsync(new StoryListQuery(), ct);
        var story = Assert.Single(stories);
        Assert.Equal(2, story.ArticleCount);
        Assert.Equal(["Daily Planet", "Evening Star"], story.Sources.Order());
        Assert.Equal(2, story.Articles.Count);
    }

    [Fact]
    public async Task ListStories_Filter_KeepsOnlyStoriesWithThatTopic()
    {
        var ct = TestContext.Current.CancellationToken;
        var clusterer = new TitleOverlapClusterer();
        await Store.IngestAsync(Draft("Alpha event happens", "One.", topics: ["Transport"]), clusterer, ct);
        await Store.IngestAsync(Draft("Completely different matter", "Two.", topics: ["Sport"]), clusterer, ct);
        var stories = await Store.ListStoriesAsync(new StoryListQuery { Filter = "transport" }, ct);
        Assert.Equal("Alpha event happens", Assert.Single(stories).Title);
        Assert.Equal(2, (await Store.ListStoriesAsync(new StoryListQuery(), ct)).Count);
        Assert.Single(await Store.ListStoriesAsync(new StoryListQuery { Offset = 1 }, ct));
    }

    [Fact]
    public async Task ListStories_NewerStory_RanksFirst()
    {
        var ct = TestContext.Current.CancellationToken;
        var clusterer = new TitleOverlapClusterer();
        var old = await Store.IngestAsync(Draft("Alpha event happens", "One.", published: Time.GetUtcNow().AddDays(-1)), clusterer, ct);
        var fresh = await Store.IngestAsync(Draft("Completely different matter", "Two."), clusterer, ct);
        var stories = await Store.ListStoriesAsync(new StoryListQuery(), ct);
        Assert.Equal([fresh.StoryId, old.StoryId], stories.Select(s => s.Id));
        Assert.True(stories[0].Score > stories[1].Score);
    }

    [Fact]
    public async Task GetStory_Unknown_IsNull()
    {
        Assert.Null(await Store.GetStoryAsync(404, TestContext.Current.CancellationToken));
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
        var result = await Store.IngestAsync(Draft("Rail strike off", "Deal reached.", comments: thread), new TitleOverlapClusterer(), ct);
        Assert.Equal(2, Assert.IsType<IngestResult.Stored>(result).Comments);
        var comments = await Store.GetCommentsAsync(result.StoryId, ct);
        Assert.Equal(2, comments.Count);
        Assert.Equal(comments[0].Id, comments[1].ParentId);
        var story = await Store.GetStoryAsync(result.StoryId, ct);
        Assert.Equal(9, story!.CommentsDeclared);
        Assert.Equal("Rail strike off", story.Title);
    }

    [Fact]
    public async Task AddComment_UnknownStory_IsRefused()
    {
        await Assert.ThrowsAsync<StoreException>(() => Store.AddCommentAsync(Comment(404), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AddComment_ParentFromAnotherStory_IsRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        var clusterer = new TitleOverlapClusterer();
        var one = await Store.IngestAsync(Draft("Alpha event happens", "One."), clusterer, ct);
        var two = await Store.IngestAsync(Draft("Completely different matter", "Two."), clusterer, ct);
        Assert.NotEqual(one.StoryId, two.StoryId);
        var parent = await Store.AddCommentAsync(Comment(one.StoryId), ct);
        await Assert.ThrowsAsync<StoreException>(() => Store.AddCommentAsync(Comment(two.StoryId, "Re", parent.Id), ct));
    }

    [Fact]
    public async Task AddComment_Reply_IsListedAfterItsParentAndCounted()
    {
        var ct = TestContext.Current.CancellationToken;
        var story = await Store.IngestAsync(Draft("Alpha event happens", "One."), new TitleOverlapClusterer(), ct);
        var parent = await Store.AddCommentAsync(Comment(story.StoryId, "First"), ct);
        var reply = await Store.AddCommentAsync(Comment(story.StoryId, "Second", parent.Id), ct);
        await Store.AddCommentAsync(Comment(story.StoryId, "Waiting", status: CommentStatus.Held), ct);
        var comments = await Store.GetCommentsAsync(story.StoryId, ct);
        Assert.Equal(["First", "Second", "Waiting"], comments.Select(c => c.Text));
        Assert.Equal(parent.Id, comments[1].ParentId);
        Assert.Equal(reply.Id, comments[1].Id);
        Assert.Equal(2, Assert.Single(await Store.ListStoriesAsync(new StoryListQuery(), ct)).CommentCount);
    }

    [Fact]
    public async Task LoadWindow_ReturnsArticlesWithTheirStories()
    {
        var ct = TestContext.Current.CancellationToken;
        var stored = await Store.IngestAsync(Draft("Window test", "Body."), new TitleOverlapClusterer(), ct);
        var window = await Store.LoadWindowAsync(Time.GetUtcNow().AddDays(-14), ct);
        var (document, storyId) = Assert.Single(window);
        Assert.Equal(stored.StoryId, storyId);
        Assert.Equal("Window test", document.Title);
        Assert.Empty(await Store.LoadWindowAsync(Time.GetUtcNow(), ct));
    }
}
