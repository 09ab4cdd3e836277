using Storyline.Tests.Postgres;

namespace Storyline.Tests.Subscriptions;

/// <summary>
/// A <see cref="SubscriptionHost"/> over a fresh PostgreSQL schema of <c>STORYLINE_TEST_POSTGRES</c>; without the variable
/// there is no host and <see cref="Require"/> skips the test.
/// </summary>
public sealed class PostgresSubscriptionHost : IAsyncLifetime
{
    private PostgresDatabase? _database;

    public SubscriptionHost? Host { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresDatabase.Variable))) return;
        _database = PostgresDatabase.Create();
        Host = new SubscriptionHost(_database.Url);
        await Host.InitializeAsync();
    }

    /// <summary>The host, or a skip that says how to get a database.</summary>
    public SubscriptionHost Require()
    {
        if (Host is null) _ = PostgresDatabase.Create();
        return Host!;
    }

    public async ValueTask DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}
