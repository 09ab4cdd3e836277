namespace Storyline.Storage.Subscriptions;

/// <summary>What one subscriber follows and how often; <see cref="Status"/> is pending, active or unsubscribed.</summary>
public sealed record SubscriptionRecord
{
    public required long Id { get; init; }
    public required long SubscriberId { get; init; }

    /// <summary>The canonical follow target: <c>front</c>, <c>story:ID</c>, <c>topic:NAME</c>, <c>entity:NAME</c>, <c>outlet:NAME</c>.</summary>
    public required string Follow { get; init; }

    /// <summary><c>instant</c>, <c>daily</c> or <c>weekly</c>.</summary>
    public required string Frequency { get; init; }

    public required string Status { get; init; }
    /// <summary>For a story: the digest also carries replies to the subscriber's own comments under it.</summary>
    public bool Replies { get; init; }
    public required DateTimeOffset Created { get; init; }
    public DateTimeOffset? Confirmed { get; init; }
    public DateTimeOffset? Unsubscribed { get; init; }

    /// <summary>Content ingested after this time goes into the next digest.</summary>
    public DateTimeOffset? Watermark { get; init; }

    /// <summary>When the next digest is due.</summary>
    public DateTimeOffset? NextDue { get; init; }
}
