namespace Storyline.Subscriptions;

/// <summary>The outcome of checking a signed link.</summary>
public abstract record TokenCheck
{
    private TokenCheck()
    {
    }

    /// <summary>Signed by us, for this purpose, not expired: <see cref="Id"/> is the subscription or subscriber it names.</summary>
    public sealed record Valid(long Id) : TokenCheck;

    /// <summary>Malformed, forged, or made for another purpose.</summary>
    public sealed record Invalid : TokenCheck;

    public sealed record Expired : TokenCheck;
}
