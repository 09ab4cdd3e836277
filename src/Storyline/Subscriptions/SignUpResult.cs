namespace Storyline.Subscriptions;

/// <summary>The outcome of a sign-up. Accepted says nothing about whether the address was known: no enumeration.</summary>
public abstract record SignUpResult
{
    private SignUpResult()
    {
    }

    public sealed record Accepted : SignUpResult;

    /// <summary>Field name → reason, for a 400 answer.</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string> Errors) : SignUpResult;
}
