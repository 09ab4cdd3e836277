namespace Storyline.Storage.Subscriptions;

/// <summary>Everything stored about one address, for the reader's own export.</summary>
public sealed record SubscriberExport
{
    public required SubscriberRecord Subscriber { get; init; }
    public required IReadOnlyList<SubscriptionRecord> Subscriptions { get; init; }
    public required IReadOnlyList<ConsentEvent> Consents { get; init; }
    public required IReadOnlyList<OutboxEntry> Messages { get; init; }
}
