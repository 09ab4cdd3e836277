namespace Storyline.Storage.Subscriptions;

/// <summary>A message as the reader's export shows it: what, when, and what became of it.</summary>
public sealed record OutboxEntry
{
    public required string Kind { get; init; }
    public required string Subject { get; init; }
    public required string Status { get; init; }
    public required DateTimeOffset Created { get; init; }
    public DateTimeOffset? Sent { get; init; }
    public required int Attempts { get; init; }
}
