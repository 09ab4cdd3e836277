namespace Storyline.Subscriptions;

/// <summary>Source-generated log messages; they name subscribers and messages by id, never by address.</summary>
internal static partial class SubscriptionLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Sign-up for {Follow} queued a confirmation for subscriber {SubscriberId}")]
    public static partial void ConfirmationQueued(ILogger logger, string follow, long subscriberId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Subscription {SubscriptionId} confirmed")]
    public static partial void Confirmed(ILogger logger, long subscriptionId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Subscription {SubscriptionId} unsubscribed (one-click: {OneClick})")]
    public static partial void Unsubscribed(ILogger logger, long subscriptionId, bool oneClick);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Subscriber {SubscriberId} deleted everything stored about them")]
    public static partial void Deleted(ILogger logger, long subscriberId);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Warning, Message = "SMTP server unavailable; {Pending} messages wait for the next attempt: {Error}")]
    public static partial void ServerUnavailable(ILogger logger, int pending, string error);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Warning, Message = "Message {MessageId} to subscriber {SubscriberId} failed permanently, subscriber suspended: {Error}")]
    public static partial void PermanentFailure(ILogger logger, long messageId, long subscriberId, string error);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Information, Message = "Message {MessageId} will be retried at {NextAttempt}: {Error}")]
    public static partial void Retry(ILogger logger, long messageId, DateTimeOffset nextAttempt, string error);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Warning, Message = "Message {MessageId} given up after {Attempts} attempts: {Error}")]
    public static partial void GivenUp(ILogger logger, long messageId, int attempts, string error);

    [LoggerMessage(EventId = 1016, Level = LogLevel.Warning, Message = "A bounce ({Status}) suspended subscriber {SubscriberId}")]
    public static partial void Bounced(ILogger logger, long subscriberId, string status);

    [LoggerMessage(EventId = 1014, Level = LogLevel.Warning, Message = "No SMTP host configured (Smtp:Host): queued mail waits in the outbox")]
    public static partial void NoSmtpHost(ILogger logger);

    [LoggerMessage(EventId = 1015, Level = LogLevel.Error, Message = "Background digest run failed")]
    public static partial void BackgroundFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Information, Message = "Digest run: {Composed} composed, {Sent} sent, {Retried} to retry, {Failed} failed in {DurationMs} ms")]
    public static partial void RunDone(ILogger logger, int composed, int sent, int retried, int failed, long durationMs);
}
