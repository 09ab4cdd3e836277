using System.Security.Cryptography;
using System.Text;
using Dapper;
using Npgsql;
using Storyline.Storage.Model;

namespace Storyline.Storage.Postgres;

/// <summary>
/// The server store: several processes on one PostgreSQL database. Story assignment is serialised across processes
/// with a transaction-level advisory lock; reads retry over a broken connection (a server restart), writes never
/// retry blindly and surface a <see cref="StoreException"/>.
/// </summary>
public sealed partial class PostgresStore : IStorylineStore
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresStoreOptions _options;
    private readonly TimeProvider _time;
    private readonly string _where;
    private readonly long _migrateLock;
    private readonly long _ingestLock;

    public PostgresStore(PostgresStoreOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = time;
        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        if (options.Schema is { } schema)
        {
            if (!IsPlainIdentifier(schema)) throw new StoreException($"schema '{schema}' must be a lower-case identifier (letters, digits, _)");
            builder.SearchPath = schema;
        }
        _where = $"{builder.Host}:{builder.Port}/{builder.Database}";
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        // Locks are database-wide, so their keys carry the schema: two installations in one database do not wait on each other.
        var scope = options.Schema ?? "public";
        _migrateLock = LockKey(scope + ":migrate");
        _ingestLock = LockKey(scope + ":ingest");
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await WriteAsync(async (connection, tx) =>
        {
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@key)", new { key = _migrateLock }, tx, cancellationToken: cancellationToken));
            if (_options.Schema is { } schema)
                await connection.ExecuteAsync(new CommandDefinition($"CREATE SCHEMA IF NOT EXISTS {schema}", transaction: tx, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_ms bigint NOT NULL)", transaction: tx, cancellationToken: cancellationToken));
            var applied = (await connection.QueryAsync<int>(new CommandDefinition("SELECT version FROM schema_migrations", transaction: tx, cancellationToken: cancellationToken))).ToHashSet();
            foreach (var (version, sql) in PostgresMigrations.Steps)
            {
                if (applied.Contains(version)) continue;
                await connection.ExecuteAsync(new CommandDefinition(sql, transaction: tx, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO schema_migrations(version, applied_ms) VALUES (@version, @now)",
                    new { version, now = Ms(_time.GetUtcNow()) }, tx, cancellationToken: cancellationToken));
            }
            return 0;
        }, cancellationToken);
    }

    public Task<StoreCounts> CountAsync(CancellationToken cancellationToken) =>
        ReadAsync(async connection =>
        {
            var row = await connection.QuerySingleAsync<(long, long, long)>(new CommandDefinition(
                "SELECT (SELECT COUNT(*) FROM stories WHERE article_count > 0), (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM comments)",
                cancellationToken: cancellationToken));
            return new StoreCounts(row.Item1, row.Item2, row.Item3);
        }, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        _ingest.Dispose();
        await _dataSource.DisposeAsync();
    }

    private static bool IsPlainIdentifier(string name) =>
        name.Length is > 0 and <= 63 && (char.IsAsciiLetterLower(name[0]) || name[0] == '_') &&
        name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');

    /// <summary>The advisory lock key for <paramref name="name"/> (schema:purpose); internal for the fault tests.</summary>
    internal static long LockKey(string name) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("storyline:" + name)), 0);

    private static long Ms(DateTimeOffset t) => t.ToUnixTimeMilliseconds();

    private static DateTimeOffset FromMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
