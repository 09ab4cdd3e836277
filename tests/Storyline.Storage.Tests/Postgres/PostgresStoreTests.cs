using Npgsql;
using Storyline.Storage.Postgres;

namespace Storyline.Storage.Tests.Postgres;

/// <summary>
/// The server store against the shared contract, each test in a fresh schema of the database named by
/// <c>STORYLINE_TEST_POSTGRES</c> (a postgres:// URL; <c>.ci/postgres.sh start</c> makes one). Skipped without it.
/// </summary>
public sealed partial class PostgresStoreTests : StoreContractTests
{
    public const string Variable = "STORYLINE_TEST_POSTGRES";

    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N");

    /// <summary>The test database's URL, or a skip with the way to get one.</summary>
    public static string RequireDatabase()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } url) return url;
        Assert.Skip($"{Variable} is not set: run `eval \"$(.ci/postgres.sh start)\"` (a throwaway local PostgreSQL) to run the PostgreSQL store tests");
        return "";
    }

    /// <summary>Names this test's server sessions, so fault tests cut only their own.</summary>
    private string ApplicationName => "storyline-" + _schema;

    private PostgresStoreOptions Options
    {
        get
        {
            var options = PostgresUrl.Parse(RequireDatabase());
            var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString) { ApplicationName = ApplicationName };
            return options with { ConnectionString = builder.ConnectionString, Schema = _schema, RetryDelay = TimeSpan.FromMilliseconds(50) };
        }
    }

    protected override Task<IStorylineStore> OpenFreshAsync(CancellationToken cancellationToken) => Task.FromResult(OpenSecond());

    protected override IStorylineStore OpenSecond() => new PostgresStore(Options, Time);

    protected override async Task<long> CountCommentModelRowsAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(PostgresUrl.Parse(RequireDatabase()).ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var count = new NpgsqlCommand($"SELECT count(*) FROM {_schema}.comment_models", connection);
        return (long)(await count.ExecuteScalarAsync(cancellationToken))!;
    }

    protected override async Task DropAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 }) return;
        await using var connection = new NpgsqlConnection(PostgresUrl.Parse(RequireDatabase()).ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
