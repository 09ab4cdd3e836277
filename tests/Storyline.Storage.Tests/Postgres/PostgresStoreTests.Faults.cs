using Npgsql;
using Storyline.Core.Clustering;
using Storyline.Storage.Model;
using Storyline.Storage.Postgres;

namespace Storyline.Storage.Tests.Postgres;

/// <summary>Connections cut by the server (a restart, an operator's pg_terminate_backend): reconnect, lose nothing, say so.</summary>
public sealed partial class PostgresStoreTests
{
    private async Task<NpgsqlConnection> AdminAsync(CancellationToken ct)
    {
        var connection = new NpgsqlConnection(PostgresUrl.Parse(RequireDatabase()).ConnectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    /// <summary>Ends every server session of this test's stores, as a server restart does.</summary>
    private async Task CutConnectionsAsync(NpgsqlConnection admin, CancellationToken ct)
    {
        await using var kill = new NpgsqlCommand(
            "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = @name AND pid <> pg_backend_pid()", admin);
        kill.Parameters.AddWithValue("name", ApplicationName);
        await kill.ExecuteScalarAsync(ct);
    }

    [Fact]
    public async Task Read_AfterTheServerDroppedEveryConnection_Reconnects()
    {
        var ct = TestContext.Current.CancellationToken;
        var stored = await Store.IngestAsync(Draft("Harbour bridge closes", "One."), new TitleOverlapClusterer(), ct);
        await using var admin = await AdminAsync(ct);
        await CutConnectionsAsync(admin, ct);
        Assert.Equal("Harbour bridge closes", (await Store.GetStoryAsync(stored.StoryId, ct))!.Title);
        await CutConnectionsAsync(admin, ct);
        Assert.Equal(1, (await Store.IngestAsync(Draft("Storm floods towns", "Two."), new TitleOverlapClusterer(), ct)).ArticleId - stored.ArticleId);
    }

    [Fact]
    public async Task Ingest_ConnectionLostBeforeAssignment_IsRepeatedAndStoredOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var clusterer = new TitleOverlapClusterer();
        await Store.IngestAsync(Draft("Harbour bridge closes", "One."), clusterer, ct);
        await using var admin = await AdminAsync(ct);
        Task<IngestResult> ingest;
        // Hold the ingest lock so the store's transaction is open and waiting when its connection is cut.
        await using (var hold = await admin.BeginTransactionAsync(ct))
        {
            await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", admin, hold))
            {
                lockCommand.Parameters.AddWithValue("key", PostgresStore.LockKey(_schema + ":ingest"));
                await lockCommand.ExecuteNonQueryAsync(ct);
            }
            ingest = Store.IngestAsync(Draft("Storm floods towns", "Two."), clusterer, ct);
            for (var i = 0; i < 200 && !await WaitingOnLockAsync(admin, ct); i++) await Task.Delay(50, ct);
            await CutConnectionsAsync(admin, ct);
            await hold.CommitAsync(ct);
        }
        Assert.IsType<IngestResult.Stored>(await ingest);
        Assert.Equal(2, (await Store.CountAsync(ct)).Articles);
    }

    [Fact]
    public async Task Ingest_ConnectionLostAfterAssignment_StoresNothingAndSaysSo()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var admin = await AdminAsync(ct);
        using var blocking = new BlockingClusterer();
        var ingest = Task.Run(() => Store.IngestAsync(Draft("Storm floods towns", "Two."), blocking, ct), ct);
        await blocking.Entered.WaitAsync(ct);
        await CutConnectionsAsync(admin, ct);
        blocking.Proceed.Release();
        var error = await Assert.ThrowsAsync<StoreException>(() => ingest);
        Assert.Contains("nothing was stored", error.Message, StringComparison.Ordinal);
        Assert.Equal(new StoreCounts(0, 0, 0), await Store.CountAsync(ct));
        Assert.IsType<IngestResult.Stored>(await Store.IngestAsync(Draft("Storm floods towns", "Two."), new TitleOverlapClusterer(), ct));
    }

    /// <summary>Opens a new story, but only when the test lets it go on.</summary>
    private sealed class BlockingClusterer : IStoryClusterer, IDisposable
    {
        public SemaphoreSlim Entered { get; } = new(0);
        public SemaphoreSlim Proceed { get; } = new(0);

        public StoryAssignment Assign(ClusterDocument document, Func<long> newStoryId)
        {
            Entered.Release();
            Proceed.Wait(TimeSpan.FromMinutes(1));
            return new StoryAssignment { StoryId = newStoryId(), IsNewStory = true };
        }

        public void Restore(ClusterDocument document, long storyId)
        {
        }

        public void Dispose()
        {
            Entered.Dispose();
            Proceed.Dispose();
        }
    }

    private async Task<bool> WaitingOnLockAsync(NpgsqlConnection admin, CancellationToken ct)
    {
        await using var waiting = new NpgsqlCommand(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = @name AND wait_event_type = 'Lock'", admin);
        waiting.Parameters.AddWithValue("name", ApplicationName);
        return (long)(await waiting.ExecuteScalarAsync(ct))! > 0;
    }
}
