using Npgsql;
using Storyline.Storage.Postgres;

namespace Storyline.Tests.Postgres;

/// <summary>
/// A fresh schema in the database named by <c>STORYLINE_TEST_POSTGRES</c> (skips without it), dropped at the end; <see cref="Url"/>
/// is what a process gets as <c>--db</c>.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    public const string Variable = "STORYLINE_TEST_POSTGRES";

    private PostgresDatabase(string baseUrl, string schema)
    {
        Schema = schema;
        Url = baseUrl + (baseUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "schema=" + schema;
    }

    public string Schema { get; }

    public string Url { get; }

    public static PostgresDatabase Create()
    {
        var url = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(url))
            Assert.Skip($"{Variable} is not set: run `eval \"$(.ci/postgres.sh start)\"` (a throwaway local PostgreSQL) to run the multi-process tests");
        return new PostgresDatabase(url, "p_" + Guid.NewGuid().ToString("N"));
    }

    public async ValueTask DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(PostgresUrl.Parse(Url).ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Schema} CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
