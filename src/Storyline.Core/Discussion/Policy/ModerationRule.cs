namespace Storyline.Core.Discussion.Policy;

/// <summary>The checks of the moderation policy; <see cref="ModerationOptions.Order"/> says in which order they run.</summary>
public enum ModerationRule
{
    /// <summary>Empty, oversized or otherwise unusable text.</summary>
    Malformed,

    /// <summary>The author was banned by a moderator.</summary>
    BannedAuthor,

    /// <summary>The hidden form field that only robots fill in.</summary>
    Honeypot,

    /// <summary>The form was sent faster than a person can type.</summary>
    TimeToSubmit,

    /// <summary>Too many comments from one client or one author in the rate window.</summary>
    RateLimit,

    /// <summary>Words or phrases the operator never wants published.</summary>
    BlockedWords,

    /// <summary>The spam model's score.</summary>
    SpamScore,

    /// <summary>Too many links.</summary>
    Links,

    /// <summary>Runs of one character or the same words over and over.</summary>
    Repetition,

    /// <summary>The abuse model's score.</summary>
    AbuseScore,

    /// <summary>Words or phrases that send a comment to a moderator.</summary>
    HeldWords,

    /// <summary>Authors without an approved comment yet, when the operator pre-moderates them.</summary>
    NewCommenter,
}
