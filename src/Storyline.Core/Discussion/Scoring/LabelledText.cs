namespace Storyline.Core.Discussion.Scoring;

/// <summary>A training text with its binary label (spam, or abusive) and how much it counts.</summary>
public sealed record LabelledText
{
    public required string Text { get; init; }
    public required bool Positive { get; init; }

    /// <summary>Relative weight, e.g. annotator agreement or a moderator decision counted more than public data.</summary>
    public float Weight { get; init; } = 1;
}
