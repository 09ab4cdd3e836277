namespace Storyline.Storage.Subscriptions;

/// <summary>One e-mail address that asked for digests; <see cref="Status"/> is pending, active or suspended.</summary>
public sealed record SubscriberRecord
{
    public required long Id { get; init; }
    public required string Email { get; init; }
    public required string Status { get; init; }
    public required DateTimeOffset Created { get; init; }
    public DateTimeOffset? Confirmed { get; init; }
    public DateTimeOffset? Suspended { get; init; }
    public string? SuspendReason { get; init; }
}
