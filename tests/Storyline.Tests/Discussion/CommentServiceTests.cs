using Microsoft.Extensions.Time.Testing;
using Storyline.Core.Clustering;
using Storyline.Core.Discussion;
using Storyline.Discussion;
using Storyline.Storage.Model;
using Storyline.Storage.Sqlite;
using Storyline.Tests.Cli;

namespace Storyline.Tests.Discussion;

public sealed class CommentServiceTests : IAsyncLifetime
{
    private readonly TempDir _tmp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private SqliteStore _store = null!;
    private CommentService _service = null!;
    private long _storyId;

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        _store = new SqliteStore(new SqliteStoreOptions { Path = _tmp.Db }, _time);
        await _store.MigrateAsync(ct);
        var stored = await _store.IngestAsync(new ArticleDraft
        {
            Origin = "x.txt", Title = "Harbour bridge closes", Source = "Gazette", Published = _time.GetUtcNow(), Text = "The bridge closes.",
            Fingerprint = "f1",
        }, new TitleOverlapClusterer(), ct);
        _storyId = stored.StoryId;
        _service = new CommentService(_store, new CommentScorer(), _time);
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        _tmp.Dispose();
    }

    private Task<PostCommentResult> Post(string? author, string? email, string? text, long? parent = null) =>
        _service.PostAsync(new PostCommentRequest { StoryId = _storyId, ParentId = parent, Author = author, Email = email, Text = text }, TestContext.Current.CancellationToken);

    [Theory]
    [InlineData(null, "a@example.test", "Hello", "author")]
    [InlineData("Ada", null, "Hello", "email")]
    [InlineData("Ada", "not-an-address", "Hello", "email")]
    [InlineData("Ada", "a@example.test\r\nBcc: x@example.test", "Hello", "email")]
    [InlineData("Ada", "a@example.test", "   ", "text")]
    [InlineData("Ada\u0007", "a@example.test", "Hello", "author")]
    public async Task Post_InvalidForm_NamesTheField(string? author, string? email, string? text, string field)
    {
        var invalid = Assert.IsType<PostCommentResult.Invalid>(await Post(author, email, text));
        Assert.True(invalid.Errors.ContainsKey(field));
    }

    [Fact]
    public async Task Post_TooLongText_IsInvalid()
    {
        Assert.IsType<PostCommentResult.Invalid>(await Post("Ada", "a@example.test", new string('x', 10_001)));
    }

    [Fact]
    public async Task Post_UnknownParent_IsNotFound()
    {
        Assert.IsType<PostCommentResult.NotFound>(await Post("Ada", "a@example.test", "Hi", parent: 999));
    }

    [Fact]
    public async Task EditAndDelete_WithTheToken_WithinTheWindow_Work()
    {
        var ct = TestContext.Current.CancellationToken;
        var accepted = Assert.IsType<PostCommentResult.Accepted>(await Post("Ada", "a@example.test", "First version"));
        Assert.Equal(AuthorEditOutcome.Forbidden, await _service.EditAsync(accepted.Comment.Id, "wrong-token", "Hacked", ct));
        Assert.Equal(AuthorEditOutcome.Updated, await _service.EditAsync(accepted.Comment.Id, accepted.EditToken, "Second version", ct));
        Assert.Equal("Second version", (await _store.GetCommentsAsync(_storyId, ct)).Single().Text);
        Assert.Equal(AuthorEditOutcome.Deleted, await _service.DeleteAsync(accepted.Comment.Id, accepted.EditToken, ct));
        var deleted = (await _store.GetCommentsAsync(_storyId, ct)).Single();
        Assert.Equal(CommentStatus.Deleted, deleted.Status);
        Assert.Null(deleted.Email);
    }

    [Fact]
    public async Task Edit_AfterTheWindow_IsExpired()
    {
        var accepted = Assert.IsType<PostCommentResult.Accepted>(await Post("Ada", "a@example.test", "First version"));
        _time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(AuthorEditOutcome.Expired, await _service.EditAsync(accepted.Comment.Id, accepted.EditToken, "Late", TestContext.Current.CancellationToken));
    }
}
