namespace Storyline.Subscriptions;

/// <summary>A rendered message ready for the outbox: its bytes, subject and Message-ID.</summary>
public sealed record ComposedMail
{
    public required string MessageId { get; init; }
    public required string Subject { get; init; }
    public required byte[] Mime { get; init; }
}
