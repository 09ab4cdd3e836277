namespace Storyline.Storage.Subscriptions;

/// <summary>One subscription's digest run: the message to queue (null when there was no news) and where its window moves.</summary>
public sealed record DigestRecord
{
    public required long SubscriptionId { get; init; }
    public NewOutboxMessage? Message { get; init; }
    public required DateTimeOffset Watermark { get; init; }
    public required DateTimeOffset NextDue { get; init; }
}
