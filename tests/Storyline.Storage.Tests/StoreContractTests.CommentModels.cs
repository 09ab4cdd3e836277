using Storyline.Storage.Model;

namespace Storyline.Storage.Tests;

public abstract partial class StoreContractTests
{
    private static StoredCommentModels ModelPair(byte mark, int decisions = 40) => new()
    {
        Spam = [mark, 1, 2, 3], Abuse = Enumerable.Repeat(mark, 70_000).ToArray(), Decisions = decisions,
    };

    [Fact]
    public async Task CommentModels_NoneStored_LatestIsNull()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Null(await Store.LatestCommentModelsVersionAsync(ct));
        Assert.Null(await Store.LatestCommentModelsAsync(ct));
    }

    [Fact]
    public async Task CommentModels_StoredBySecondProcess_AreTheNewestForBoth()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = await Store.AddCommentModelsAsync(ModelPair(7, decisions: 12), keep: 3, ct);
        await using var second = OpenSecond();
        var newer = await second.AddCommentModelsAsync(ModelPair(9, decisions: 30), keep: 3, ct);

        Assert.True(newer > first);
        Assert.Equal(newer, await Store.LatestCommentModelsVersionAsync(ct));
        var latest = await Store.LatestCommentModelsAsync(ct);
        Assert.NotNull(latest);
        Assert.Equal(newer, latest.Version);
        Assert.Equal(ModelPair(9).Spam, latest.Spam);
        Assert.Equal(70_000, latest.Abuse.Length);
        Assert.All(latest.Abuse, b => Assert.Equal(9, b));
        Assert.Equal(30, latest.Decisions);
        Assert.Equal(Time.GetUtcNow(), latest.Created);
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(3, 5)]
    [InlineData(3, 2)]
    public async Task CommentModels_ManyStored_OnlyTheNewestKeepAreKept(int keep, int stored)
    {
        var ct = TestContext.Current.CancellationToken;
        long last = 0;
        for (var i = 0; i < stored; i++) last = await Store.AddCommentModelsAsync(ModelPair((byte)i), keep, ct);
        Assert.Equal(last, await Store.LatestCommentModelsVersionAsync(ct));
        Assert.Equal(Math.Min(keep, stored), await CountCommentModelRowsAsync(ct));
        Assert.Equal((byte)(stored - 1), (await Store.LatestCommentModelsAsync(ct))!.Spam[0]);
    }

    [Fact]
    public async Task CommentModels_KeepBelowOne_IsRefusedAndNothingStored()
    {
        var ct = TestContext.Current.CancellationToken;
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.AddCommentModelsAsync(ModelPair(1), keep: 0, ct));
        Assert.Null(await Store.LatestCommentModelsVersionAsync(ct));
    }

    /// <summary>How many stored versions the database holds (a raw count, for the pruning test).</summary>
    protected abstract Task<long> CountCommentModelRowsAsync(CancellationToken cancellationToken);
}
