using Dapper;

namespace Storyline.Storage.Postgres;

public sealed partial class PostgresStore
{
    public Task<IReadOnlyList<string>> ListProtectionKeysAsync(CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<string>>(async connection => (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT xml FROM protection_keys ORDER BY created_ms, name", cancellationToken: cancellationToken))).AsList(), cancellationToken);

    public Task AddProtectionKeyAsync(string name, string xml, CancellationToken cancellationToken) =>
        WriteAsync((connection, tx) => connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO protection_keys(name, xml, created_ms) VALUES (@name, @xml, @now) ON CONFLICT (name) DO NOTHING",
            new { name, xml, now = Ms(_time.GetUtcNow()) }, tx, cancellationToken: cancellationToken)), cancellationToken);
}
