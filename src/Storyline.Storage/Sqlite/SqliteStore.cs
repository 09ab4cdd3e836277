using Dapper;
using Microsoft.Data.Sqlite;
using Storyline.Storage.Model;

namespace Storyline.Storage.Sqlite;

/// <summary>The embedded store: one SQLite file in WAL mode; one connection per operation, one writer at a time.</summary>
public sealed partial class SqliteStore : IStorylineStore
{
    private readonly string _connectionString;
    private readonly SqliteStoreOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _writer = new(1, 1);

    public SqliteStore(SqliteStoreOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(options.Path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = options.Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = (int)options.BusyTimeout.TotalSeconds,
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string DatabasePath => _options.Path;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode=WAL;", cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_ms INTEGER NOT NULL);", cancellationToken: cancellationToken));
        var applied = (await connection.QueryAsync<long>(new CommandDefinition("SELECT version FROM schema_migrations", cancellationToken: cancellationToken))).ToHashSet();
        foreach (var (version, sql) in SqliteMigrations.Steps)
        {
            if (applied.Contains(version)) continue;
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            // Re-check inside the write transaction: another process may have migrated meanwhile.
            var done = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM schema_migrations WHERE version = @version", new { version }, tx, cancellationToken: cancellationToken));
            if (done > 0) continue;
            await connection.ExecuteAsync(new CommandDefinition(sql, transaction: tx, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_migrations(version, applied_ms) VALUES (@version, @now)",
                new { version, now = _time.GetUtcNow().ToUnixTimeMilliseconds() }, tx, cancellationToken: cancellationToken));
            await tx.CommitAsync(cancellationToken);
        }
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<(long, long, long)>(new CommandDefinition(
            "SELECT (SELECT COUNT(*) FROM stories WHERE article_count > 0), (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM comments)",
            cancellationToken: cancellationToken));
        return new StoreCounts(row.Item1, row.Item2, row.Item3);
    }

    public ValueTask DisposeAsync()
    {
        _writer.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var synchronous = _options.Durable ? "FULL" : "NORMAL";
            await connection.ExecuteAsync(new CommandDefinition(
                $"PRAGMA busy_timeout={(int)_options.BusyTimeout.TotalMilliseconds}; PRAGMA synchronous={synchronous}; PRAGMA foreign_keys=ON;",
                cancellationToken: cancellationToken));
            if (_options.MaxSizeBytes is { } maxBytes)
            {
                var pageSize = await connection.ExecuteScalarAsync<long>(new CommandDefinition("PRAGMA page_size", cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    $"PRAGMA max_page_count={Math.Max(1, maxBytes / Math.Max(512, pageSize))}", cancellationToken: cancellationToken));
            }
            return connection;
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync();
            throw new StoreException($"cannot open the database {_options.Path}: {e.Message}", e);
        }
    }

    private async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            // BEGIN IMMEDIATE takes the write lock up front so concurrent processes queue instead of failing mid-way.
            await using var tx = connection.BeginTransaction(deferred: false);
            try
            {
                var result = await work(connection, tx);
                await tx.CommitAsync(cancellationToken);
                return result;
            }
            catch (SqliteException e) when (e.SqliteErrorCode == 13)
            {
                throw new StoreException("the disk is full: nothing was stored", e);
            }
        }
        finally
        {
            _writer.Release();
        }
    }

    private static long Ms(DateTimeOffset t) => t.ToUnixTimeMilliseconds();

    private static DateTimeOffset FromMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
