namespace Storyline.Tests.Subscriptions;

/// <summary>The outage scenarios on the server store (skipped without <c>STORYLINE_TEST_POSTGRES</c>).</summary>
public sealed class PostgresSmtpOutageTests(PostgresSubscriptionHost fixture) : SmtpOutageTests, IClassFixture<PostgresSubscriptionHost>
{
    protected override SubscriptionHost Host => fixture.Require();
}
