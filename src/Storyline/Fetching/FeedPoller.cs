using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Storyline.Core.Extraction;
using Storyline.Core.Feeds;

namespace Storyline.Fetching;

/// <summary>
/// Polls one feed: waits for the host's turn, fetches conditionally, parses, keeps the new items
/// (with full text where needed), updates and saves the feed's state and schedules its next check.
/// Every failure ends in a saved state and a logged outcome, never an exception (cancellation aside).
/// </summary>
public sealed class FeedPoller(HttpFetcher fetcher, HostPoliteness politeness, FeedParser parser, FullTextEnricher fullText,
    PollScheduler scheduler, IFeedStateStore store, TimeProvider time, ILogger<FeedPoller> logger)
{
    /// <param name="markSeen">
    /// False when the caller marks the new items seen itself once it has stored them (<see cref="FeedCycle"/> does, so a
    /// failed ingest is retried at the next poll instead of being lost).
    /// </param>
    public async Task<FeedPollResult> PollAsync(FeedState feed, CancellationToken cancellationToken, bool markSeen = true)
    {
        var started = time.GetTimestamp();
        var request = new FetchRequest { Url = feed.FetchUrl, ETag = feed.ETag, LastModified = feed.LastModified, BodyHash = feed.BodyHash };
        FetchOutcome outcome;
        await using (await politeness.AcquireAsync(feed.FetchUrl, cancellationToken))
            outcome = await fetcher.FetchAsync(request, cancellationToken);

        ParsedFeed? parsed = null;
        IReadOnlyList<FetchedItem> newItems = [];
        if (outcome is FetchOutcome.Fetched fetched)
        {
            switch (parser.Parse(fetched.Body.Span, ContentTypes.Charset(fetched.ContentType), fetched.Url))
            {
                case FeedParseOutcome.Parsed { Feed: var f }:
                    parsed = f;
                    foreach (var warning in f.Warnings) FetchLog.ParseWarning(logger, FetchLog.Safe(feed.Url), warning);
                    var unseen = await store.UnseenAsync(feed.Url, f.Items, cancellationToken);
                    newItems = await fullText.EnrichAsync(unseen, cancellationToken);
                    if (markSeen) await store.MarkSeenAsync(feed.Url, unseen, cancellationToken);
                    break;
                case FeedParseOutcome.Refused refused:
                    outcome = BadContent(fetched, "feed refused: " + refused.Reason);
                    break;
                case FeedParseOutcome.Invalid invalid:
                    outcome = BadContent(fetched, $"not a usable feed ({fetched.ContentType ?? "no content type"}): {invalid.Reason}");
                    break;
            }
        }

        var now = time.GetUtcNow();
        var state = Update(feed, outcome, parsed, now);
        state = state with { NextCheck = scheduler.NextCheck(state, outcome, now) };
        await store.SaveAsync(state, cancellationToken);

        var duration = time.GetElapsedTime(started);
        Log(feed, outcome, state, parsed, newItems.Count, (long)duration.TotalMilliseconds);
        return new FeedPollResult { Outcome = outcome, Feed = parsed, NewItems = newItems, State = state, Duration = duration };
    }

    private static FeedState Update(FeedState feed, FetchOutcome outcome, ParsedFeed? parsed, DateTimeOffset now)
    {
        var state = feed with { LastCheck = now, MovedTo = outcome.MovedTo ?? feed.MovedTo };
        return outcome switch
        {
            FetchOutcome.Fetched f => state with
            {
                ETag = f.ETag,
                LastModified = f.LastModified,
                BodyHash = f.BodyHash,
                LastSuccess = now,
                LastError = null,
                ErrorCount = 0,
                Title = parsed?.Title ?? feed.Title,
                SiteUrl = parsed?.SiteUrl ?? feed.SiteUrl,
                PublishInterval = parsed is null ? feed.PublishInterval
                    : PollScheduler.EstimateInterval(parsed.Items.Select(i => i.Published).OfType<DateTimeOffset>(), now) ?? feed.PublishInterval,
            },
            FetchOutcome.NotModified => state with { LastSuccess = now, LastError = null, ErrorCount = 0 },
            FetchOutcome.RateLimited r => state with { LastError = $"rate limited; retry after {r.RetryAfter}" },
            FetchOutcome.Gone => state with { LastError = "HTTP 410 Gone", ErrorCount = feed.ErrorCount + 1 },
            FetchOutcome.Failed f => state with { LastError = f.Reason, ErrorCount = feed.ErrorCount + 1 },
            _ => state,
        };
    }

    private static FetchOutcome.Failed BadContent(FetchOutcome.Fetched fetched, string reason) =>
        new() { Url = fetched.Url, MovedTo = fetched.MovedTo, Kind = FetchFailureKind.BadContent, Reason = reason, StatusCode = 200 };

    private void Log(FeedState feed, FetchOutcome outcome, FeedState state, ParsedFeed? parsed, int newItems, long ms)
    {
        var url = FetchLog.Safe(feed.Url);
        if (outcome.MovedTo is { } moved && moved != feed.MovedTo) FetchLog.FeedMoved(logger, url, FetchLog.Safe(moved));
        switch (outcome)
        {
            case FetchOutcome.Fetched: FetchLog.FeedFetched(logger, url, parsed?.Items.Count ?? 0, newItems, ms); break;
            case FetchOutcome.NotModified n: FetchLog.FeedNotModified(logger, url, n.ByServer, ms); break;
            case FetchOutcome.RateLimited r: FetchLog.FeedRateLimited(logger, url, (long)r.RetryAfter.TotalSeconds, ms); break;
            case FetchOutcome.Gone: FetchLog.FeedGone(logger, url, ms); break;
            case FetchOutcome.Failed f: FetchLog.FeedFailed(logger, url, f.Kind, f.Reason, state.ErrorCount, state.NextCheck ?? default, ms); break;
        }
    }
}
