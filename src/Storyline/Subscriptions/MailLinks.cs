namespace Storyline.Subscriptions;

/// <summary>The signed links a mail carries.</summary>
public sealed record MailLinks
{
    public required Uri Unsubscribe { get; init; }
    public required Uri Manage { get; init; }
}
