using Microsoft.Extensions.Options;

namespace Storyline.Subscriptions;

/// <summary>The web host's background sender: a digest run every <see cref="SubscriptionOptions.SendInterval"/>, and at once when a sign-up queues a confirmation.</summary>
public sealed class SubscriptionMailService(DigestRunner runner, SubscriptionMailSignal signal, IOptions<SubscriptionOptions> options, TimeProvider time,
    ILogger<SubscriptionMailService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.BackgroundSending) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await runner.RunAsync(now: false, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                SubscriptionLog.BackgroundFailed(logger, e);
            }
            try
            {
                await signal.WaitAsync(options.Value.SendInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
