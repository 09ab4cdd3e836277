using Npgsql;
using Storyline.Storage.Postgres;

namespace Storyline.Storage.Tests.Postgres;

public sealed class PostgresUrlTests
{
    [Theory]
    [InlineData("postgres://app:secret@db.example:6543/news", "db.example", 6543, "news", "app", "secret")]
    [InlineData("postgresql://app@localhost/news", "localhost", 5432, "news", "app", null)]
    [InlineData("postgres://app:p%40ss%3Aw%2Frd@10.0.0.5/news", "10.0.0.5", 5432, "news", "app", "p@ss:w/rd")]
    [InlineData("postgres://app:x@[::1]:5433/my%20db", "::1", 5433, "my db", "app", "x")]
    public void Parse_Url_GivesTheConnectionParts(string url, string host, int port, string database, string user, string? password)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresUrl.Parse(url).ConnectionString);
        Assert.Equal((host, port, database, user, password), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password));
    }

    [Fact]
    public void Parse_QueryOptions_AreApplied()
    {
        var options = PostgresUrl.Parse("postgres://app:x@db/news?sslmode=verify-full&schema=storyline&application_name=node1&pool_max=40&connect_timeout=5");
        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        Assert.Equal((SslMode.VerifyFull, "node1", 40, 5), (builder.SslMode, builder.ApplicationName, builder.MaxPoolSize, builder.Timeout));
        Assert.Equal("storyline", options.Schema);
    }

    [Theory]
    [InlineData("postgres://app:x@db/")]
    [InlineData("postgres://app:x@db/news?sslmode=sometimes")]
    [InlineData("postgres://app:x@db/news?colour=blue")]
    [InlineData("postgres://app:x@db/news?pool_max=lots")]
    public void Parse_BadUrl_IsRefusedWithAReason(string url)
    {
        Assert.NotEmpty(Assert.Throws<StoreException>(() => PostgresUrl.Parse(url)).Message);
    }

    [Theory]
    [InlineData("postgres://app:x@db/news", StoreKind.Postgres)]
    [InlineData("POSTGRESQL://app:x@db/news", StoreKind.Postgres)]
    [InlineData("./data/storyline.db", StoreKind.Sqlite)]
    public void KindOf_DbValue_SelectsTheStore(string db, StoreKind kind)
    {
        Assert.Equal(kind, StoreFactory.KindOf(db));
    }
}
