namespace Storyline.Storage.Postgres;

/// <summary>Settings of the server store.</summary>
public sealed record PostgresStoreOptions
{
    /// <summary>An Npgsql connection string (<see cref="PostgresUrl.Parse"/> makes one from a postgres:// URL).</summary>
    public required string ConnectionString { get; init; }

    /// <summary>
    /// Schema holding the tables (default: the connection's search path, normally <c>public</c>). Set it to keep
    /// several installations, or test runs, apart in one database; it is created when missing.
    /// </summary>
    public string? Schema { get; init; }

    /// <summary>How often an idempotent read is tried when the connection breaks (default 3: rides out a server restart).</summary>
    public int ReadAttempts { get; init; } = 3;

    /// <summary>Pause before the first retry, doubled each time (default 500 ms).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);
}
