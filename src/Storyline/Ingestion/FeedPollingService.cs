using Microsoft.Extensions.Options;
using Storyline.Fetching;

namespace Storyline.Ingestion;

/// <summary>
/// The background ingestion of <c>storyline serve</c>: runs the feed cycle whenever a feed is due and sends every new
/// item through the pipeline. Errors are logged and the loop goes on; only shutdown stops it.
/// </summary>
public sealed partial class FeedPollingService(FeedCycle cycle, IngestPipeline pipeline, IOptions<IngestOptions> options, TimeProvider time,
    ILogger<FeedPollingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await cycle.RunOnceAsync(async (result, ct) =>
                {
                    var origin = result.State.Url.ToString();
                    foreach (var item in result.NewItems)
                    {
                        var outcome = await UrlIngestor.IngestItemAsync(pipeline, item, result.Feed, origin, ct);
                        if (outcome is IngestOutcome.Rejected rejected) LogItemRejected(logger, origin, rejected.Reason);
                    }
                }, stoppingToken);
                var next = await cycle.NextDueAsync(stoppingToken);
                var wait = next is { } due ? due - time.GetUtcNow() : options.Value.IdlePoll;
                await Task.Delay(Clamp(wait, TimeSpan.FromSeconds(1), options.Value.IdlePoll), time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The loop must survive a bad cycle (database hiccup, unexpected data); the next cycle retries.
                LogCycleFailed(logger, e);
                await Task.Delay(TimeSpan.FromSeconds(30), time, stoppingToken);
            }
        }
    }

    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) => value < min ? min : value > max ? max : value;

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Feed item from {FeedUrl} not ingested: {Reason}")]
    private static partial void LogItemRejected(ILogger logger, string feedUrl, string reason);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Feed polling cycle failed")]
    private static partial void LogCycleFailed(ILogger logger, Exception exception);
}
