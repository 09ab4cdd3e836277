namespace Storyline.Core.Discussion;

/// <summary>Scores comments for spam and abuse and applies the moderation policy.</summary>
public sealed class CommentScorer
{
    /// <summary>Scores one comment.</summary>
    public CommentScores Score(CommentInput comment)
    {
        // Placeholder until the trained scorers land (issue 6).
        _ = comment;
        return new CommentScores(0, 0);
    }

    /// <summary>The policy's decision for a scored comment.</summary>
    public ModerationDecision Decide(CommentInput comment, CommentScores scores) =>
        scores.Spam >= 0.9 || scores.Abuse >= 0.95 ? ModerationDecision.Reject
        : scores.Spam >= 0.5 || scores.Abuse >= 0.5 ? ModerationDecision.Hold
        : ModerationDecision.Publish;
}
