using Storyline.Storage.Sqlite;

namespace Storyline.Storage.Tests.Sqlite;

/// <summary>The embedded store against the shared contract, each test on a fresh database file.</summary>
public sealed class SqliteStoreTests : StoreContractTests
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "storyline-store-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_dir, "test.db");

    protected override Task<IStorylineStore> OpenFreshAsync(CancellationToken cancellationToken) => Task.FromResult(OpenSecond());

    protected override IStorylineStore OpenSecond() => new SqliteStore(new SqliteStoreOptions { Path = DatabasePath }, Time);

    [Fact]
    public async Task Ingest_DiskFull_RefusesClearlyKeepsWhatWasStored_AndResumesWhenThereIsRoom()
    {
        var ct = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(_dir);
        var path = Path.Combine(_dir, "full.db");
        var clusterer = new Core.Clustering.TitleOverlapClusterer();
        var body = string.Join(' ', Enumerable.Repeat("The harbour authority said the crossing stays shut while engineers inspect it.", 40));
        var stored = new List<long>();
        StoreException? full = null;
        await using (var small = new SqliteStore(new SqliteStoreOptions { Path = path, MaxSizeBytes = 512 * 1024 }, Time))
        {
            await small.MigrateAsync(ct);
            // Bounded: a 512 KiB database holds a few dozen of these articles at most.
            for (var i = 0; i < 500 && full is null; i++)
            {
                try
                {
                    stored.Add((await small.IngestAsync(Draft($"Harbour crossing {i} shut", body + i, url: $"https://example.test/{i}"), clusterer, ct)).ArticleId);
                }
                catch (StoreException e)
                {
                    full = e;
                }
            }
            Assert.NotNull(full);
            Assert.Contains("disk is full", full.Message, StringComparison.Ordinal);
            Assert.NotEmpty(stored);
            // Reads still work and see exactly the acknowledged articles.
            Assert.Equal(stored.Count, (await small.CountAsync(ct)).Articles);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using (var roomy = new SqliteStore(new SqliteStoreOptions { Path = path }, Time))
        {
            var next = await roomy.IngestAsync(Draft("Harbour crossing reopens", body, url: "https://example.test/reopens"), clusterer, ct);
            Assert.Equal(stored.Count + 1, (await roomy.CountAsync(ct)).Articles);
            Assert.DoesNotContain(next.ArticleId, stored);
        }
        await using var check = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}");
        await check.OpenAsync(ct);
        await using var command = check.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", (string?)await command.ExecuteScalarAsync(ct));
    }

    protected override async Task<long> CountCommentModelRowsAsync(CancellationToken cancellationToken)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM comment_models";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    protected override Task DropAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
        return Task.CompletedTask;
    }
}
