namespace Storyline.Storage.Sqlite;

/// <summary>Settings of the embedded store.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>The database file (default ./data/storyline.db).</summary>
    public string Path { get; init; } = "./data/storyline.db";

    /// <summary>How long a writer waits for another process's lock (default 30 s).</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>synchronous=FULL (true, default: a commit survives power loss) or NORMAL (survives process crashes only).</summary>
    public bool Durable { get; init; } = true;

    /// <summary>
    /// Largest size the database file may grow to (null: no limit but the disk). At the limit a write fails like on a
    /// full disk: a clear error, nothing half-stored, reads go on.
    /// </summary>
    public long? MaxSizeBytes { get; init; }
}
