namespace Storyline.Core.Discussion.Scoring;

/// <summary>A stored moderator decision, the input of retraining.</summary>
public sealed record ModeratedComment
{
    public required string Text { get; init; }

    /// <summary>Used only to cap how much one author's comments weigh, never as a feature.</summary>
    public required string Author { get; init; }

    public required ModeratorLabel Label { get; init; }
}
