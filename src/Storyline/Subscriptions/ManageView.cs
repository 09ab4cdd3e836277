using Storyline.Storage.Subscriptions;

namespace Storyline.Subscriptions;

/// <summary>What the preferences page shows: the address masked, the subscriptions, and the token that opened it.</summary>
public sealed record ManageView
{
    public required long SubscriberId { get; init; }

    /// <summary>Like <c>r•••@example.org</c>: enough to recognise, not enough to harvest from a forwarded link.</summary>
    public required string MaskedEmail { get; init; }

    public required IReadOnlyList<SubscriptionRecord> Subscriptions { get; init; }
    public required string Token { get; init; }
}
