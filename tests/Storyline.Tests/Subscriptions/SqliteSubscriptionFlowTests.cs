namespace Storyline.Tests.Subscriptions;

/// <summary>The sign-up to unsubscribe flow on the embedded store.</summary>
public sealed class SqliteSubscriptionFlowTests(SubscriptionHost host) : SubscriptionFlowTests, IClassFixture<SubscriptionHost>
{
    protected override SubscriptionHost Host => host;
}
