namespace Storyline.Subscriptions;

/// <summary>The outcome of following a signed link.</summary>
public abstract record LinkOutcome<T>
{
    private LinkOutcome()
    {
    }

    public sealed record Done(T Value) : LinkOutcome<T>;

    /// <summary>Malformed, forged, made for another purpose, or naming something deleted since.</summary>
    public sealed record Invalid : LinkOutcome<T>;

    public sealed record Expired : LinkOutcome<T>;
}
