namespace Storyline.Bench.Comments;

/// <summary>One labelled text of a benchmark set; <see cref="Group"/> is its video, fold or source.</summary>
public sealed record Sample
{
    public required string Text { get; init; }
    public required bool Positive { get; init; }
    public required string Group { get; init; }

    /// <summary>Share of annotators agreeing with the label (1 where the set has no votes).</summary>
    public float Agreement { get; init; } = 1;
}
