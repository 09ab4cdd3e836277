using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Storyline.Subscriptions;

namespace Storyline.Tests.Subscriptions;

/// <summary>The SMTP server goes away and comes back: every queued mail goes out exactly once, on every store.</summary>
public abstract class SmtpOutageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The host of the store under test (skips when it cannot run).</summary>
    protected abstract SubscriptionHost Host { get; }

    [Fact]
    public async Task ServerDownThenBack_NothingLostNothingDoubled()
    {
        var host = Host;
        host.RequireSink();
        var addresses = Enumerable.Range(1, 6).Select(i => $"outage.reader{i}@example.org").ToList();
        await host.Sink!.StopAsync();
        foreach (var email in addresses) Assert.Equal(HttpStatusCode.Accepted, await host.SignUpAsync(email));

        for (var run = 0; run < 3; run++)
        {
            var down = await host.Runner.RunAsync(now: true, Ct);
            Assert.True(down.Send.ServerUnavailable);
            Assert.Equal(0, down.Send.Sent);
        }
        var waiting = await host.Store.CountOutboxAsync(Ct);
        Assert.Equal(addresses.Count, waiting.Pending);
        Assert.Equal(0, waiting.Failed);

        await host.Sink.StartAsync();
        // Not yet due: the outage backed the queue off.
        var early = await host.Runner.RunAsync(now: false, Ct);
        Assert.Equal(0, early.Send.Sent);
        host.Time.Advance(TimeSpan.FromHours(7));
        var back = await host.Runner.RunAsync(now: false, Ct);
        Assert.Equal(addresses.Count, back.Send.Sent);
        var after = await host.Runner.RunAsync(now: true, Ct);
        Assert.Equal(0, after.Send.Sent);

        foreach (var email in addresses) Assert.Single(host.Sink.MessagesTo(email));
        // Other tests of the class share the sink: only this test's recipients count.
        Assert.Equal(addresses.Count, addresses.SelectMany(host.Sink.MessagesTo).Select(m => m.MessageId).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task SenderKilledMidBatch_LeaseEnds_AndTheRestIsSentOnce()
    {
        var host = Host;
        host.RequireSink();
        var addresses = Enumerable.Range(1, 4).Select(i => $"lease.reader{i}@example.org").ToList();
        foreach (var email in addresses) Assert.Equal(HttpStatusCode.Accepted, await host.SignUpAsync(email));
        // A sender that claimed the batch and died before sending anything.
        var now = host.Time.GetUtcNow();
        var claimed = await host.Store.ClaimOutboxAsync(now, ignoreBackoff: true, 100, now + TimeSpan.FromMinutes(10), Ct);
        Assert.True(claimed.Count >= addresses.Count);

        var during = await host.Runner.RunAsync(now: true, Ct);
        Assert.Equal(0, during.Send.Sent);
        host.Time.Advance(TimeSpan.FromMinutes(11));
        await host.Runner.RunAsync(now: true, Ct);
        await host.Runner.RunAsync(now: true, Ct);
        foreach (var email in addresses) Assert.Single(host.Sink!.MessagesTo(email));
    }

    [Fact]
    public async Task TwoNodesComposingAndSendingAtOnce_SendEveryDigestOnce()
    {
        var host = Host;
        host.RequireSink();
        var addresses = Enumerable.Range(1, 12).Select(i => $"twonodes.reader{i}@example.org").ToList();
        foreach (var email in addresses) await host.ConfirmedAsync(email, "topic:lighthouses", "instant");
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.PublishAsync("Lighthouse keepers return to the headland", topic: "lighthouses");
        host.Time.Advance(TimeSpan.FromMinutes(1));

        var (node, store) = host.SecondNode(TimeSpan.FromMilliseconds(7));
        try
        {
            var second = node.GetRequiredService<DigestRunner>();
            await Task.WhenAll(Task.Run(() => host.Runner.RunAsync(now: false, Ct), Ct), Task.Run(() => second.RunAsync(now: false, Ct), Ct));
        }
        finally
        {
            await node.DisposeAsync();
            await store.DisposeAsync();
        }
        // One confirmation and exactly one digest each, whichever node composed or sent it.
        foreach (var email in addresses) Assert.Equal(2, host.Sink!.MessagesTo(email).Count);
    }
}
