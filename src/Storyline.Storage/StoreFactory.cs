using Storyline.Storage.Postgres;
using Storyline.Storage.Sqlite;

namespace Storyline.Storage;

/// <summary>Opens the store a <c>--db</c> value names: a SQLite file path, or a postgres:// URL.</summary>
public static class StoreFactory
{
    /// <summary>Which kind of store <paramref name="db"/> selects.</summary>
    public static StoreKind KindOf(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            ? StoreKind.Postgres
            : StoreKind.Sqlite;

    /// <summary>Opens (without migrating) the store named by <paramref name="db"/>.</summary>
    public static IStorylineStore Open(string db, TimeProvider time) => KindOf(db) switch
    {
        StoreKind.Sqlite => new SqliteStore(new SqliteStoreOptions { Path = db }, time),
        _ => new PostgresStore(PostgresUrl.Parse(db), time),
    };
}
