namespace Storyline.Storage.Subscriptions;

/// <summary>Outbox messages by state.</summary>
public sealed record OutboxCounts(long Pending, long Sending, long Sent, long Failed);
