using System.Globalization;
using Storyline.Core.Discussion.Scoring;

namespace Storyline.Core.Discussion.Policy;

/// <summary>
/// Applies the ordered rules of <see cref="ModerationOptions"/> to a scored comment. A rule may reject (which ends the
/// evaluation: later rules cannot soften it), hold (remembered; later rules may still reject) or pass.
/// </summary>
public sealed class ModerationPolicy
{
    private readonly ModerationOptions options;
    private readonly WordList blocked;
    private readonly WordList held;

    /// <summary>A policy with <paramref name="options"/> (validated here).</summary>
    public ModerationPolicy(ModerationOptions? options = null)
    {
        this.options = options ?? new ModerationOptions();
        this.options.Validate();
        blocked = new WordList(this.options.BlockedWords);
        held = new WordList(this.options.HeldWords);
    }

    /// <summary>The verdict for <paramref name="comment"/> with its <paramref name="scores"/>.</summary>
    public ModerationVerdict Evaluate(CommentInput comment, CommentScores scores, CommentContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(comment);
        ArgumentNullException.ThrowIfNull(scores);
        context ??= CommentContext.None;
        var text = comment.Text ?? string.Empty;
        var analysis = new Lazy<TextAnalysis>(() => TextAnalysis.Of(SiteLinks.Mark(text, context.SiteAddresses), comment.Url));
        ModerationVerdict? firstHold = null;
        foreach (var rule in options.Order)
        {
            var verdict = Apply(rule, text, analysis, scores, context);
            if (verdict is null) continue;
            if (verdict.Decision == ModerationDecision.Reject) return verdict;
            firstHold ??= verdict;
        }
        return firstHold ?? ModerationVerdict.Published;
    }

    private ModerationVerdict? Apply(ModerationRule rule, string text, Lazy<TextAnalysis> analysis, CommentScores scores, CommentContext context) => rule switch
    {
        ModerationRule.Malformed when string.IsNullOrWhiteSpace(text) || analysis.Value.Words.Count == 0 && analysis.Value.Plain.Trim().Length == 0
            => Reject(rule, "the comment is empty"),
        ModerationRule.Malformed when text.Length > options.MaxTextLength
            => Reject(rule, Invariant($"the comment is longer than {options.MaxTextLength} characters")),
        ModerationRule.BannedAuthor when context.AuthorBanned => Reject(rule, "the author is banned"),
        ModerationRule.Honeypot when context.HoneypotFilled => Reject(rule, "the hidden form field was filled in"),
        ModerationRule.TimeToSubmit when context.TimeToSubmit is { } elapsed && elapsed < options.MinTimeToSubmit
            => Reject(rule, Invariant($"the form came back after {elapsed.TotalSeconds:F1} s")),
        ModerationRule.RateLimit when context.RecentFromClient >= options.MaxPerClient
            => Reject(rule, Invariant($"more than {options.MaxPerClient} comments from this client in {options.RateWindow}")),
        ModerationRule.RateLimit when context.RecentFromAuthor >= options.MaxPerAuthor
            => Hold(rule, Invariant($"more than {options.MaxPerAuthor} comments from this author in {options.RateWindow}")),
        ModerationRule.BlockedWords when blocked.FirstIn(analysis.Value.Words) is { } word => Reject(rule, $"contains the blocked \"{word}\""),
        ModerationRule.SpamScore when scores.Spam >= options.SpamRejectThreshold => Reject(rule, Invariant($"spam score {scores.Spam:F2}")),
        ModerationRule.SpamScore when scores.Spam >= options.SpamHoldThreshold => Hold(rule, Invariant($"spam score {scores.Spam:F2}")),
        ModerationRule.Links when analysis.Value.Links >= options.LinksToReject => Reject(rule, Invariant($"{analysis.Value.Links} links")),
        ModerationRule.Links when analysis.Value.Links >= options.LinksToHold => Hold(rule, Invariant($"{analysis.Value.Links} links")),
        ModerationRule.Repetition when analysis.Value.LongestRun >= options.CharacterRunToHold
            => Hold(rule, Invariant($"one character repeated {analysis.Value.LongestRun} times")),
        ModerationRule.Repetition when analysis.Value.Words.Count >= options.RepetitionMinWords && analysis.Value.WordRepetition >= options.WordRepetitionToHold
            => Hold(rule, Invariant($"{analysis.Value.WordRepetition:P0} of the words are repeats")),
        ModerationRule.AbuseScore when scores.Abuse >= options.AbuseRejectThreshold => Reject(rule, Invariant($"abuse score {scores.Abuse:F2}")),
        ModerationRule.AbuseScore when scores.Abuse >= options.AbuseHoldThreshold => Hold(rule, Invariant($"abuse score {scores.Abuse:F2}")),
        ModerationRule.HeldWords when held.FirstIn(analysis.Value.Words) is { } word => Hold(rule, $"contains the held \"{word}\""),
        ModerationRule.NewCommenter when options.PremoderateNewCommenters && context.ApprovedFromAuthor < options.ApprovedToTrust
            => Hold(rule, "new commenters are pre-moderated"),
        _ => null,
    };

    private static ModerationVerdict Reject(ModerationRule rule, string reason) => new(ModerationDecision.Reject, rule, reason);

    private static ModerationVerdict Hold(ModerationRule rule, string reason) => new(ModerationDecision.Hold, rule, reason);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
