namespace Storyline.Tests.Subscriptions;

/// <summary>The sign-up to unsubscribe flow on the server store (skipped without <c>STORYLINE_TEST_POSTGRES</c>).</summary>
public sealed class PostgresSubscriptionFlowTests(PostgresSubscriptionHost fixture) : SubscriptionFlowTests, IClassFixture<PostgresSubscriptionHost>
{
    protected override SubscriptionHost Host => fixture.Require();
}
