namespace Storyline.Tests.Subscriptions;

/// <summary>The outage scenarios on the embedded store.</summary>
public sealed class SqliteSmtpOutageTests(SubscriptionHost host) : SmtpOutageTests, IClassFixture<SubscriptionHost>
{
    protected override SubscriptionHost Host => host;
}
