using Storyline.Core.Discussion.Scoring;

namespace Storyline.Discussion;

/// <summary>What one retraining from stored decisions produced.</summary>
public sealed record RetrainingOutcome
{
    public required CommentModels Models { get; init; }

    /// <summary>Decisions read, by label.</summary>
    public required int Approved { get; init; }

    public required int Spam { get; init; }

    public required int Abusive { get; init; }

    /// <summary>Whether the spam model changed (it needs decisions of both kinds).</summary>
    public required bool SpamUpdated { get; init; }

    /// <summary>Whether the abuse model changed.</summary>
    public required bool AbuseUpdated { get; init; }
}
