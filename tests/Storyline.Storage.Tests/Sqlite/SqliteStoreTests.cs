using Storyline.Storage.Sqlite;

namespace Storyline.Storage.Tests.Sqlite;

/// <summary>The embedded store against the shared contract, each test on a fresh database file.</summary>
public sealed class SqliteStoreTests : StoreContractTests
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "storyline-store-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_dir, "test.db");

    protected override Task<IStorylineStore> OpenFreshAsync(CancellationToken cancellationToken) => Task.FromResult(OpenSecond());

    protected override IStorylineStore OpenSecond() => new SqliteStore(new SqliteStoreOptions { Path = DatabasePath }, Time);

    protected override Task DropAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
        return Task.CompletedTask;
    }
}
