namespace Storyline.Storage.Subscriptions;

/// <summary>
/// A rendered message to queue. <see cref="IdempotencyKey"/> is unique: queueing the same key twice stores it once, so a
/// digest run that is repeated after a crash cannot queue a second copy.
/// </summary>
public sealed record NewOutboxMessage
{
    public required string IdempotencyKey { get; init; }
    public required long SubscriberId { get; init; }
    public required string Kind { get; init; }
    public required string MessageId { get; init; }
    public required string Subject { get; init; }

    /// <summary>The whole MIME message, exactly the bytes a retry will send again.</summary>
    public required byte[] Mime { get; init; }

    public required DateTimeOffset Created { get; init; }
}
