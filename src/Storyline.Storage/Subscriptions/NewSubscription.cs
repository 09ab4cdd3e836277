namespace Storyline.Storage.Subscriptions;

/// <summary>A sign-up: a normalised address, what it follows, how often, and the consent that came with it.</summary>
public sealed record NewSubscription
{
    public required string Email { get; init; }
    public required string Follow { get; init; }
    public required string Frequency { get; init; }
    public required ConsentEvent Consent { get; init; }
    /// <summary>For a story: also replies to the reader's own comments under it.</summary>
    public bool Replies { get; init; }
}
