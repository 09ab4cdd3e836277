namespace Storyline.Subscriptions;

/// <summary>What a digest run did, with its timings.</summary>
public sealed record DigestRunReport
{
    public required int Composed { get; init; }
    public required SendReport Send { get; init; }
    public required long ComposeMs { get; init; }
    public required long TotalMs { get; init; }
}
