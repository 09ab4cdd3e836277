using System.Diagnostics;

namespace Storyline.Subscriptions;

/// <summary>One digest run, as the CLI and the background service do it: queue what is due, then send the outbox.</summary>
public sealed class DigestRunner(DigestScheduler scheduler, OutboxSender sender, ILogger<DigestRunner> logger)
{
    public async Task<DigestRunReport> RunAsync(bool now, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var composed = await scheduler.ComposeDueAsync(now, cancellationToken);
        var composeMs = clock.ElapsedMilliseconds;
        var sent = await sender.SendPendingAsync(now, cancellationToken);
        SubscriptionLog.RunDone(logger, composed, sent.Sent, sent.Retried, sent.Failed, clock.ElapsedMilliseconds);
        return new DigestRunReport { Composed = composed, Send = sent, ComposeMs = composeMs, TotalMs = clock.ElapsedMilliseconds };
    }
}
