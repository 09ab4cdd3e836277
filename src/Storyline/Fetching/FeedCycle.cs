using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Storyline.Fetching;

/// <summary>
/// One polling cycle: claims the feeds that are due and polls them concurrently (bounded by
/// <see cref="FetchOptions.MaxConcurrentFetches"/>; per-host politeness still applies). The ingestion
/// BackgroundService calls <see cref="RunOnceAsync"/> in a loop and hands the new items to the pipeline.
/// </summary>
public sealed class FeedCycle(FeedPoller poller, IFeedStateStore store, IOptionsMonitor<FetchOptions> options, TimeProvider time, ILogger<FeedCycle> logger)
{
    /// <summary>Feeds claimed per cycle.</summary>
    public const int MaxFeedsPerCycle = 1_000;

    /// <summary>How long a claim lasts: a feed whose poll crashed the process is due again after this.</summary>
    public static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(10);

    /// <summary>Polls every due feed once; <paramref name="onResult"/> sees each result as it completes (serialised).</summary>
    public async Task<IReadOnlyList<FeedPollResult>> RunOnceAsync(Func<FeedPollResult, CancellationToken, Task>? onResult, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var now = time.GetUtcNow();
        var due = await store.ClaimDueAsync(now, MaxFeedsPerCycle, now + ClaimDuration, cancellationToken);
        var results = new List<FeedPollResult>(due.Count);
        using var gate = new SemaphoreSlim(1, 1);
        // Workers take whole hosts: a worker that waited on a busy host's politeness gate would hold
        // a slot while other hosts sit idle (head-of-line blocking), so each host's feeds run in one lane.
        var lanes = due.GroupBy(f => f.FetchUrl.IdnHost, StringComparer.OrdinalIgnoreCase).Select(g => g.ToList()).ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.CurrentValue.MaxConcurrentFetches, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(lanes, parallel, async (lane, token) =>
        {
            foreach (var feed in lane)
            {
                var result = await poller.PollAsync(feed, token, markSeen: onResult is null);
                await gate.WaitAsync(token);
                try
                {
                    results.Add(result);
                    if (onResult is not null)
                    {
                        try
                        {
                            await onResult(result, token);
                            await store.MarkSeenAsync(result.State.Url, result.NewItems.Select(i => i.Item).ToList(), token);
                        }
                        catch (Exception e) when (e is not OperationCanceledException)
                        {
                            // The items were not stored: forget the validators so the next poll fetches them again.
                            FetchLog.ResultHandlingFailed(logger, FetchLog.Safe(feed.Url), e);
                            await store.SaveAsync(result.State with { ETag = null, LastModified = null, BodyHash = null }, token);
                        }
                    }
                }
                finally
                {
                    gate.Release();
                }
            }
        });
        FetchLog.CycleCompleted(logger, due.Count, (long)time.GetElapsedTime(started).TotalMilliseconds);
        return results;
    }

    /// <summary>When the next feed falls due (null when none is subscribed), so the loop can sleep until then.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        var feeds = await store.ListAsync(cancellationToken);
        return feeds.Count == 0 ? null : feeds.Min(f => f.NextCheck ?? DateTimeOffset.MinValue);
    }
}
