namespace Storyline.Storage.Subscriptions;

/// <summary>What a sign-up found or created: the subscriber, the subscription (new or existing) and their states.</summary>
public sealed record SignUpRecord
{
    public required SubscriberRecord Subscriber { get; init; }
    public required SubscriptionRecord Subscription { get; init; }
    public required bool IsNewSubscription { get; init; }
}
