namespace Storyline.Storage.Model;

/// <summary>A comment with an operator's latest decision on it, as read for retraining (no e-mail: it is never a feature).</summary>
public sealed record ModeratorDecisionRecord
{
    public required long CommentId { get; init; }
    public required string Author { get; init; }
    public required string Text { get; init; }
    public required ModerationAction Action { get; init; }

    /// <summary>The spam score the comment had when stored.</summary>
    public double Spam { get; init; }

    /// <summary>The abuse score the comment had when stored.</summary>
    public double Abuse { get; init; }

    public required DateTimeOffset At { get; init; }
}
