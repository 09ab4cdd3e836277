namespace Storyline.Storage.Subscriptions;

/// <summary>An active subscription of an active subscriber, with the address to send to.</summary>
public sealed record DueSubscription
{
    public required SubscriptionRecord Subscription { get; init; }
    public required string Email { get; init; }
}
