namespace Storyline.Subscriptions;

/// <summary>What reading one returned mail did.</summary>
public abstract record BounceOutcome
{
    private BounceOutcome()
    {
    }

    /// <summary>A permanent failure (5.x.x) of one of our messages: its subscriber is suspended.</summary>
    public sealed record Suspended(long SubscriberId, string Status) : BounceOutcome;

    /// <summary>A delay or temporary failure report (4.x.x): the outbox retries by itself, nothing changes.</summary>
    public sealed record Transient(string Status) : BounceOutcome;

    /// <summary>A failure report about a message this store does not know (another sender's, or a deleted subscriber's).</summary>
    public sealed record UnknownMessage : BounceOutcome;

    /// <summary>Not a delivery status notification (an auto-reply, spam, a reader writing back).</summary>
    public sealed record NotABounce(string Reason) : BounceOutcome;
}
