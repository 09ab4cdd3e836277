using Storyline.Core.Discussion.Scoring;
using Storyline.Storage.Model;

namespace Storyline.Discussion;

/// <summary>Turns stored operator decisions into the labels the comment filters learn from.</summary>
public static class ModeratorDecisions
{
    /// <summary>
    /// Approve is legitimate and "mark spam" is spam. A plain reject is taken as abuse: an operator who saw spam has
    /// the spam button. A ban is spam or abuse by whichever score the comment had the higher of when it was posted.
    /// Comments deleted by their authors (empty text) teach nothing and are left out. Oldest decision first, so
    /// retraining on the same store gives the same models.
    /// </summary>
    public static IReadOnlyList<ModeratedComment> ToTraining(IEnumerable<ModeratorDecisionRecord> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        return decisions
            .Where(d => !string.IsNullOrWhiteSpace(d.Text))
            .OrderBy(d => d.CommentId)
            .Select(d => new ModeratedComment { Text = d.Text, Author = d.Author, Label = LabelOf(d) })
            .ToList();
    }

    private static ModeratorLabel LabelOf(ModeratorDecisionRecord decision) => decision.Action switch
    {
        ModerationAction.Approve => ModeratorLabel.Approved,
        ModerationAction.Spam => ModeratorLabel.Spam,
        ModerationAction.Ban => decision.Spam >= decision.Abuse ? ModeratorLabel.Spam : ModeratorLabel.Abusive,
        _ => ModeratorLabel.Abusive,
    };
}
