namespace Storyline.Core.Discussion.Policy;

/// <summary>
/// The moderation policy's settings (bound from <c>STORYLINE__COMMENTS__MODERATION__…</c> by the host). The score
/// thresholds were chosen on the DEV data so that <c>reject</c> hits at most 1% and hold or reject at most 2% of
/// legitimate comments (docs/benchmarks.md, "Comments").
/// </summary>
public sealed record ModerationOptions
{
    /// <summary>The rules in the order they run: the first rule that rejects ends the evaluation, and the first hold is reported when nothing rejects.</summary>
    public IReadOnlyList<ModerationRule> Order { get; init; } =
    [
        ModerationRule.Malformed, ModerationRule.BannedAuthor, ModerationRule.Honeypot, ModerationRule.TimeToSubmit,
        ModerationRule.RateLimit, ModerationRule.BlockedWords, ModerationRule.SpamScore, ModerationRule.Links,
        ModerationRule.Repetition, ModerationRule.AbuseScore, ModerationRule.HeldWords, ModerationRule.NewCommenter,
    ];

    /// <summary>Words or phrases (whole words, any case) that reject a comment.</summary>
    public IReadOnlyList<string> BlockedWords { get; init; } = [];

    /// <summary>Words or phrases (whole words, any case) that hold a comment for a moderator.</summary>
    public IReadOnlyList<string> HeldWords { get; init; } = [];

    /// <summary>Spam score from which a comment is held.</summary>
    public double SpamHoldThreshold { get; init; } = 0.6;

    /// <summary>Spam score from which a comment is rejected.</summary>
    public double SpamRejectThreshold { get; init; } = 0.95;

    /// <summary>Abuse score from which a comment is held.</summary>
    public double AbuseHoldThreshold { get; init; } = 0.99;

    /// <summary>Abuse score from which a comment is rejected; above 1 turns rejection by the model off, leaving abuse to people.</summary>
    public double AbuseRejectThreshold { get; init; } = 1.01;

    /// <summary>Links (in the text, plus the author's website) from which a comment is held.</summary>
    public int LinksToHold { get; init; } = 3;

    /// <summary>Links from which a comment is rejected.</summary>
    public int LinksToReject { get; init; } = 8;

    /// <summary>Length of a run of one character (not white space) from which a comment is held: flooding, not enthusiasm ("soooo", "!!!!").</summary>
    public int CharacterRunToHold { get; init; } = 200;

    /// <summary>Share of repeated words (1 - distinct/total, over at least <see cref="RepetitionMinWords"/> words) from which a comment is held.</summary>
    public double WordRepetitionToHold { get; init; } = 0.75;

    /// <summary>Fewest words for the repeated-words check.</summary>
    public int RepetitionMinWords { get; init; } = 20;

    /// <summary>Fastest plausible human submission of the form; faster is rejected.</summary>
    public TimeSpan MinTimeToSubmit { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Window of the rate limits.</summary>
    public TimeSpan RateWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Comments one client may send per window; more are rejected.</summary>
    public int MaxPerClient { get; init; } = 10;

    /// <summary>Comments one author may send per window; more are held.</summary>
    public int MaxPerAuthor { get; init; } = 20;

    /// <summary>Whether authors without an approved comment are held until a moderator approves one.</summary>
    public bool PremoderateNewCommenters { get; init; }

    /// <summary>Approved comments after which an author is no longer new.</summary>
    public int ApprovedToTrust { get; init; } = 1;

    /// <summary>Longest accepted comment, in characters.</summary>
    public int MaxTextLength { get; init; } = 20_000;

    /// <summary>Checks the settings are coherent; throws <see cref="ArgumentException"/> naming the first one that is not.</summary>
    public void Validate()
    {
        if (Order.Count != Order.Distinct().Count()) throw new ArgumentException("moderation order lists a rule twice", nameof(Order));
        if (SpamHoldThreshold > SpamRejectThreshold) throw new ArgumentException("spam hold threshold is above the reject threshold", nameof(SpamHoldThreshold));
        if (AbuseHoldThreshold > AbuseRejectThreshold) throw new ArgumentException("abuse hold threshold is above the reject threshold", nameof(AbuseHoldThreshold));
        if (LinksToHold < 1 || LinksToReject < LinksToHold) throw new ArgumentException("links: need 1 <= hold <= reject", nameof(LinksToHold));
        if (RateWindow <= TimeSpan.Zero || MaxPerClient < 1 || MaxPerAuthor < 1) throw new ArgumentException("rate limits must be positive", nameof(RateWindow));
        if (MaxTextLength < 1) throw new ArgumentException("maximum text length must be positive", nameof(MaxTextLength));
    }
}
