namespace Storyline.Storage.Subscriptions;

/// <summary>The states stored for subscribers, subscriptions and outbox messages (kept as text in the database).</summary>
public static class SubscriptionStatus
{
    public const string Pending = "pending";
    public const string Active = "active";
    public const string Suspended = "suspended";
    public const string Unsubscribed = "unsubscribed";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Failed = "failed";
}
