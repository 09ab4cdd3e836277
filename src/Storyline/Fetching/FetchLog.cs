using Microsoft.Extensions.Logging;

namespace Storyline.Fetching;

/// <summary>Source-generated log messages of fetching and polling; event ids 8100–8199 are stable.</summary>
public static partial class FetchLog
{
    /// <summary>A URL fit for a log line: user name and password removed.</summary>
    public static string Safe(Uri url) =>
        string.IsNullOrEmpty(url.UserInfo) ? url.AbsoluteUri : new UriBuilder(url) { UserName = "", Password = "" }.Uri.AbsoluteUri;

    [LoggerMessage(EventId = 8100, Level = LogLevel.Information, Message = "Fetched {FeedUrl}: {ItemCount} items, {NewItemCount} new, in {DurationMs} ms")]
    public static partial void FeedFetched(ILogger logger, string feedUrl, int itemCount, int newItemCount, long durationMs);

    [LoggerMessage(EventId = 8101, Level = LogLevel.Debug, Message = "Not modified {FeedUrl} (by server: {ByServer}) in {DurationMs} ms")]
    public static partial void FeedNotModified(ILogger logger, string feedUrl, bool byServer, long durationMs);

    [LoggerMessage(EventId = 8102, Level = LogLevel.Warning, Message = "Rate limited by {FeedUrl}; retrying after {RetryAfterSeconds} s ({DurationMs} ms)")]
    public static partial void FeedRateLimited(ILogger logger, string feedUrl, long retryAfterSeconds, long durationMs);

    [LoggerMessage(EventId = 8103, Level = LogLevel.Warning, Message = "Feed {FeedUrl} answered 410 Gone; polled daily from now on ({DurationMs} ms)")]
    public static partial void FeedGone(ILogger logger, string feedUrl, long durationMs);

    [LoggerMessage(EventId = 8104, Level = LogLevel.Warning, Message = "Fetching {FeedUrl} failed ({FailureKind}): {Reason}; error {ErrorCount}, next check {NextCheck:u} ({DurationMs} ms)")]
    public static partial void FeedFailed(ILogger logger, string feedUrl, FetchFailureKind failureKind, string reason, int errorCount, DateTimeOffset nextCheck, long durationMs);

    [LoggerMessage(EventId = 8105, Level = LogLevel.Warning, Message = "Refused to fetch {FeedUrl}: host {Host} resolves to a private address")]
    public static partial void AddressRefused(ILogger logger, string feedUrl, string host);

    [LoggerMessage(EventId = 8106, Level = LogLevel.Debug, Message = "Redirect {StatusCode} from {FeedUrl} to {Location}")]
    public static partial void Redirected(ILogger logger, string feedUrl, string location, int statusCode);

    [LoggerMessage(EventId = 8107, Level = LogLevel.Debug, Message = "Feed {FeedUrl}: {Warning}")]
    public static partial void ParseWarning(ILogger logger, string feedUrl, string warning);

    [LoggerMessage(EventId = 8108, Level = LogLevel.Debug, Message = "Full text of {ArticleUrl} not used: {Reason}")]
    public static partial void FullTextSkipped(ILogger logger, string articleUrl, string reason);

    [LoggerMessage(EventId = 8109, Level = LogLevel.Information, Message = "Polling cycle: {FeedCount} feeds in {DurationMs} ms")]
    public static partial void CycleCompleted(ILogger logger, int feedCount, long durationMs);

    [LoggerMessage(EventId = 8110, Level = LogLevel.Information, Message = "Feed {FeedUrl} moved permanently to {Location}")]
    public static partial void FeedMoved(ILogger logger, string feedUrl, string location);

    [LoggerMessage(EventId = 8111, Level = LogLevel.Error, Message = "New items of {FeedUrl} were not stored; they will be fetched again")]
    public static partial void ResultHandlingFailed(ILogger logger, string feedUrl, Exception exception);
}
