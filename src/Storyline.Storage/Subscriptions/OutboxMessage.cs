namespace Storyline.Storage.Subscriptions;

/// <summary>A queued message claimed for sending, with its recipient and how often it was tried.</summary>
public sealed record OutboxMessage
{
    public required long Id { get; init; }
    public required string IdempotencyKey { get; init; }
    public required long SubscriberId { get; init; }
    public required string Recipient { get; init; }
    public required string Kind { get; init; }
    public required byte[] Mime { get; init; }
    public required int Attempts { get; init; }
}
