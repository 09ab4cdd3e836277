namespace Storyline.Storage.Subscriptions;

/// <summary>One subscription's digest run: the message to queue (null when there was no news) and where its window moves.</summary>
public sealed record DigestRecord
{
    public required long SubscriptionId { get; init; }
    /// <summary>
    /// The subscription's watermark when the digest was composed (null: none yet). The record is skipped when another run
    /// (another node) moved it meanwhile, so two runs racing on one subscription never send the same news twice.
    /// </summary>
    public required DateTimeOffset? ComposedFrom { get; init; }
    public NewOutboxMessage? Message { get; init; }
    public required DateTimeOffset Watermark { get; init; }
    public required DateTimeOffset NextDue { get; init; }
}
