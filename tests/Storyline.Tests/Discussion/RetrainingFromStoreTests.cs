using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Storyline.Core.Clustering;
using Storyline.Core.Discussion;
using Storyline.Discussion;
using Storyline.Storage.Model;
using Storyline.Storage.Sqlite;
using Storyline.Tests.Cli;

namespace Storyline.Tests.Discussion;

/// <summary>
/// Moderator decisions kept in a small synthetic store retrain the filter through <c>storyline comments train
/// --from-store</c>, and the site's comment service scores with the new models without a restart.
/// </summary>
public sealed class RetrainingFromStoreTests : IAsyncLifetime
{
    // A made-up promotion the shipped model has never seen, so only the moderators' decisions can teach it.
    private const string Promotion = "zorblax quantum tea club sells glowing kettles, join the zorblax tea club today";

    private readonly TempDir _tmp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private SqliteStore _store = null!;
    private CommentService _service = null!;
    private long _storyId;

    private string Models => Path.Combine(_tmp.Path, "models");

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
        _service = new CommentService(_store, new CommentScorer(), _time, new DiscussionOptions { ModelsPath = Models, ModelsCheckInterval = TimeSpan.Zero });
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        _tmp.Dispose();
    }

    private Task<CommentRecord> Post(string text, int author) => PostTo(_service, text, author);

    [Fact]
    public async Task TrainFromStore_SpamDecisions_SiteScoresTheNewSpamHigher()
    {
        var ct = TestContext.Current.CancellationToken;
        var before = await Post($"{Promotion} number 99", 99);
        for (var i = 0; i < 20; i++)
        {
            var spam = await Post($"{Promotion} number {i}", i);
            var fine = await Post($"The bridge closure will make the morning ferry crowded, reader {i} thinks the council should add boats.", 100 + i);
            Assert.True(await _store.ModerateCommentAsync(spam.Id, ModerationAction.Spam, "mod", ct));
            Assert.True(await _store.ModerateCommentAsync(fine.Id, ModerationAction.Approve, "mod", ct));
        }

        var run = await CliProcess.RunAsync("comments", "train", "--from-store", "--db", _tmp.Db, "--out", Models, "--json");

        Assert.Equal(0, run.ExitCode);
        var summary = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal(20, summary.GetProperty("spam").GetInt32());
        Assert.Equal(20, summary.GetProperty("approved").GetInt32());
        Assert.True(summary.GetProperty("spam_model_updated").GetBoolean());
        Assert.False(summary.GetProperty("abuse_model_updated").GetBoolean());
        Assert.True(File.Exists(Path.Combine(Models, "spam.bin")));
        var after = await Post($"{Promotion} number 77", 77);
        var legitimate = await Post("Reader 55 thinks the ferry timetable should change while the bridge is closed.", 55);
        Assert.True(after.Spam > before.Spam + 0.3, $"spam score {before.Spam:F3} before retraining, {after.Spam:F3} after");
        Assert.Equal(CommentStatus.Published, before.Status);
        Assert.NotEqual(CommentStatus.Published, after.Status);
        Assert.Equal(CommentStatus.Published, legitimate.Status);
    }

    [Fact]
    public async Task RetrainAsync_FromTheService_NewPromotionIsNoLongerPublished()
    {
        var ct = TestContext.Current.CancellationToken;
        for (var i = 0; i < 20; i++)
        {
            var spam = await Post($"{Promotion} number {i}", i);
            var fine = await Post($"The bridge closure will make the morning ferry crowded, reader {i} thinks the council should add boats.", 100 + i);
            await _store.ModerateCommentAsync(spam.Id, ModerationAction.Spam, "mod", ct);
            await _store.ModerateCommentAsync(fine.Id, ModerationAction.Approve, "mod", ct);
        }

        var outcome = await _service.RetrainAsync(ct);

        Assert.NotNull(outcome);
        Assert.Equal((20, 20, 0), (outcome.Approved, outcome.Spam, outcome.Abusive));
        Assert.NotEqual(CommentStatus.Published, (await Post($"{Promotion} number 88", 88)).Status);
    }

    private async Task ModerateTwentyEachAsync(CancellationToken ct)
    {
        for (var i = 0; i < 20; i++)
        {
            var spam = await Post($"{Promotion} number {i}", i);
            var fine = await Post($"The bridge closure will make the morning ferry crowded, reader {i} thinks the council should add boats.", 100 + i);
            await _store.ModerateCommentAsync(spam.Id, ModerationAction.Spam, "mod", ct);
            await _store.ModerateCommentAsync(fine.Id, ModerationAction.Approve, "mod", ct);
        }
    }

    /// <summary>A second site process on the same database: its own store and comment service, no models folder.</summary>
    private (SqliteStore Store, CommentService Service) SecondNode(TimeSpan checkInterval)
    {
        var store = new SqliteStore(new SqliteStoreOptions { Path = _tmp.Db }, _time);
        return (store, new CommentService(store, new CommentScorer(), _time, new DiscussionOptions { ModelsPath = null, ModelsCheckInterval = checkInterval }));
    }

    private async Task<CommentRecord> PostTo(CommentService service, string text, int author)
    {
        var result = await service.PostAsync(new PostCommentRequest
        {
            StoryId = _storyId, Author = $"Reader {author}", Email = $"reader{author}@example.test", Text = text,
        }, TestContext.Current.CancellationToken);
        return Assert.IsType<PostCommentResult.Accepted>(result).Comment;
    }

    [Fact]
    public async Task TrainFromStore_WithoutOut_StoresInTheDatabase_AnotherNodeScoresWithIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await ModerateTwentyEachAsync(ct);

        var run = await CliProcess.RunAsync("comments", "train", "--from-store", "--db", _tmp.Db, "--json");

        Assert.Equal(0, run.ExitCode);
        var summary = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal("database", summary.GetProperty("out").GetString());
        Assert.Equal(await _store.LatestCommentModelsVersionAsync(ct), summary.GetProperty("version").GetInt64());
        Assert.False(Directory.Exists(Models));
        var (store, node) = SecondNode(TimeSpan.Zero);
        await using (store)
        {
            Assert.NotEqual(CommentStatus.Published, (await PostTo(node, $"{Promotion} number 66", 66)).Status);
            Assert.Equal(CommentStatus.Published, (await PostTo(node, "Reader 56 hopes the ferry adds an early crossing while the bridge is shut.", 56)).Status);
        }
    }

    [Fact]
    public async Task RetrainAsync_OnOneNode_OtherNodeSwitchesAfterItsCheckInterval()
    {
        var ct = TestContext.Current.CancellationToken;
        var (store, other) = SecondNode(TimeSpan.FromSeconds(30));
        await using var _ = store;
        Assert.Equal(CommentStatus.Published, (await PostTo(other, $"{Promotion} number 90", 90)).Status);
        await ModerateTwentyEachAsync(ct);

        await _service.RetrainAsync(ct);

        Assert.Equal(CommentStatus.Published, (await PostTo(other, $"{Promotion} number 91", 91)).Status);
        _time.Advance(TimeSpan.FromSeconds(31));
        Assert.NotEqual(CommentStatus.Published, (await PostTo(other, $"{Promotion} number 92", 92)).Status);
    }

    [Fact]
    public async Task RetrainAsync_TooFewDecisions_StoresNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var spam = await Post($"{Promotion} number 1", 1);
        await _store.ModerateCommentAsync(spam.Id, ModerationAction.Spam, "mod", ct);

        var outcome = await _service.RetrainAsync(ct);

        Assert.NotNull(outcome);
        Assert.False(outcome.SpamUpdated || outcome.AbuseUpdated);
        Assert.Null(await _store.LatestCommentModelsVersionAsync(ct));
    }

    [Fact]
    public async Task StoredPairDamaged_SiteKeepsScoringWithTheModelsInUse()
    {
        var ct = TestContext.Current.CancellationToken;
        await ModerateTwentyEachAsync(ct);
        await _service.RetrainAsync(ct);
        Assert.NotEqual(CommentStatus.Published, (await Post($"{Promotion} number 93", 93)).Status);

        await _store.AddCommentModelsAsync(new StoredCommentModels { Spam = [1, 2, 3], Abuse = [4, 5, 6] }, 3, ct);

        Assert.NotEqual(CommentStatus.Published, (await Post($"{Promotion} number 94", 94)).Status);
        Assert.Equal(CommentStatus.Published, (await Post("Reader 57 walked across the old bridge for the last time on Sunday.", 57)).Status);
    }

    [Fact]
    public async Task DatabasePair_WinsOverTheModelsFolder()
    {
        var ct = TestContext.Current.CancellationToken;
        // The folder holds the shipped pair; the database a pair retrained on the promotion.
        new CommentModelFolder(Models, _time, TimeSpan.Zero).Save(Core.Discussion.Scoring.CommentModels.Shipped);
        Assert.Equal(CommentStatus.Published, (await Post($"{Promotion} number 95", 95)).Status);
        await ModerateTwentyEachAsync(ct);

        await _service.RetrainAsync(ct);

        Assert.NotEqual(CommentStatus.Published, (await Post($"{Promotion} number 96", 96)).Status);
    }

    [Fact]
    public async Task RetrainedModelsTurnedOff_RetrainAsyncIsNullAndNothingStored()
    {
        var ct = TestContext.Current.CancellationToken;
        var off = new CommentService(_store, new CommentScorer(), _time, new DiscussionOptions { RetrainedModels = false });
        await ModerateTwentyEachAsync(ct);

        Assert.Null(await off.RetrainAsync(ct));
        Assert.Null(await _store.LatestCommentModelsVersionAsync(ct));
    }

    [Theory]
    [InlineData(ModerationAction.Approve, 0.9, 0.1, Core.Discussion.Scoring.ModeratorLabel.Approved)]
    [InlineData(ModerationAction.Spam, 0.1, 0.9, Core.Discussion.Scoring.ModeratorLabel.Spam)]
    [InlineData(ModerationAction.Reject, 0.9, 0.1, Core.Discussion.Scoring.ModeratorLabel.Abusive)]
    [InlineData(ModerationAction.Ban, 0.9, 0.1, Core.Discussion.Scoring.ModeratorLabel.Spam)]
    [InlineData(ModerationAction.Ban, 0.1, 0.9, Core.Discussion.Scoring.ModeratorLabel.Abusive)]
    public void ToTraining_Action_GivesLabel(ModerationAction action, double spam, double abuse, Core.Discussion.Scoring.ModeratorLabel expected)
    {
        var record = new ModeratorDecisionRecord { CommentId = 1, Author = "A", Text = "text", Action = action, Spam = spam, Abuse = abuse, At = _time.GetUtcNow() };

        Assert.Equal(expected, Assert.Single(ModeratorDecisions.ToTraining([record])).Label);
    }
}
