using Microsoft.Extensions.Options;

namespace Storyline.Fetching;

/// <summary>
/// When to check a feed next: from its publishing rate when it answers, exponential backoff with a
/// ceiling when it fails (never giving up), Retry-After when rate limited, daily when gone.
/// </summary>
public sealed class PollScheduler(IOptionsMonitor<FetchOptions> options, Random? random = null)
{
    /// <summary>Item dates used to estimate the publishing rate.</summary>
    public const int RateSampleSize = 20;

    private readonly Random _random = random ?? Random.Shared;

    /// <summary>The next check after <paramref name="outcome"/>; <paramref name="state"/> is the state already updated for it.</summary>
    public DateTimeOffset NextCheck(FeedState state, FetchOutcome outcome, DateTimeOffset now)
    {
        var o = options.CurrentValue;
        var wait = outcome switch
        {
            FetchOutcome.Fetched or FetchOutcome.NotModified => Clamp(Jitter(state.PublishInterval ?? o.DefaultPollInterval), o.MinPollInterval, o.MaxPollInterval),
            FetchOutcome.RateLimited limited => limited.RetryAfter,
            FetchOutcome.Gone => o.MaxPollInterval,
            _ => Clamp(Jitter(Backoff(state.ErrorCount, o)), TimeSpan.FromSeconds(1), o.BackoffCeiling),
        };
        return now + wait;
    }

    /// <summary>Base × 2^(errors−1), capped at the ceiling.</summary>
    public static TimeSpan Backoff(int errorCount, FetchOptions o)
    {
        if (errorCount <= 0) return o.BackoffBase;
        var factor = Math.Pow(2, Math.Min(errorCount - 1, 30));
        var wait = TimeSpan.FromTicks((long)Math.Min(o.BackoffBase.Ticks * factor, o.BackoffCeiling.Ticks));
        return wait;
    }

    /// <summary>
    /// Half the median gap between the newest item dates (so a new item waits at most about half a gap),
    /// stretched for feeds whose newest item is old; null with fewer than two dates.
    /// </summary>
    public static TimeSpan? EstimateInterval(IEnumerable<DateTimeOffset> published, DateTimeOffset now)
    {
        var dates = published.Where(d => d <= now + TimeSpan.FromHours(1)).OrderDescending().Take(RateSampleSize).ToList();
        if (dates.Count < 2) return null;
        var gaps = dates.Zip(dates.Skip(1), (a, b) => a - b).Where(g => g > TimeSpan.Zero).Order().ToList();
        if (gaps.Count == 0) return null;
        var median = gaps[gaps.Count / 2];
        var silence = now - dates[0];
        var estimate = median / 2;
        return silence > estimate * 4 ? silence / 4 : estimate;
    }

    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) => value < min ? min : value > max ? max : value;

    /// <summary>±10 % so feeds added together drift apart.</summary>
    private TimeSpan Jitter(TimeSpan value)
    {
        double r;
        lock (_random) r = _random.NextDouble();
        return value * (0.9 + 0.2 * r);
    }
}
