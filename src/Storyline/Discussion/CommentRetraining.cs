using Storyline.Core.Discussion.Scoring;
using Storyline.Storage;

namespace Storyline.Discussion;

/// <summary>Retrains the comment filters from the operator decisions kept in the store.</summary>
public static class CommentRetraining
{
    /// <summary>Most recent decisions one retraining reads.</summary>
    public const int DefaultDecisionLimit = 100_000;

    /// <summary>
    /// Starts from <paramref name="start"/> (normally the shipped models, so repeated retraining does not compound)
    /// and continues training on every stored decision.
    /// </summary>
    public static async Task<RetrainingOutcome> FromStoreAsync(IStorylineStore store, CommentModels start, int limit = DefaultDecisionLimit, RetrainingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(start);
        var decisions = ModeratorDecisions.ToTraining(await store.ListModeratorDecisionsAsync(limit, cancellationToken));
        var models = CommentModelTrainer.Retrain(start, decisions, options, cancellationToken);
        return new RetrainingOutcome
        {
            Models = models,
            Approved = decisions.Count(d => d.Label == ModeratorLabel.Approved),
            Spam = decisions.Count(d => d.Label == ModeratorLabel.Spam),
            Abusive = decisions.Count(d => d.Label == ModeratorLabel.Abusive),
            SpamUpdated = !ReferenceEquals(models.Spam, start.Spam),
            AbuseUpdated = !ReferenceEquals(models.Abuse, start.Abuse),
        };
    }
}
