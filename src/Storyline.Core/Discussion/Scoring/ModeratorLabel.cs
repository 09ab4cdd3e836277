namespace Storyline.Core.Discussion.Scoring;

/// <summary>What a moderator decided a comment was.</summary>
public enum ModeratorLabel
{
    /// <summary>Approved: neither spam nor abuse.</summary>
    Approved,

    /// <summary>Marked as spam.</summary>
    Spam,

    /// <summary>Rejected as abusive (hateful, harassing or offensive).</summary>
    Abusive,
}
