namespace Storyline.Core.Discussion.Scoring;

/// <summary>
/// Updates the spam and abuse models from stored moderator decisions by continuing training from the current
/// weights (the public training data is not needed at run time). Deterministic for the same decisions in the same order.
/// </summary>
public static class CommentModelTrainer
{
    /// <summary>New models that also reflect <paramref name="decisions"/>; a model without decisions of both kinds is returned unchanged.</summary>
    public static CommentModels Retrain(CommentModels current, IEnumerable<ModeratedComment> decisions, RetrainingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(decisions);
        options ??= new RetrainingOptions();
        var list = decisions.Where(d => !string.IsNullOrWhiteSpace(d.Text)).ToList();
        var perAuthor = list.GroupBy(d => d.Author, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        float WeightOf(ModeratedComment d) => options.DecisionWeight * Math.Min(1f, (float)options.MaxDecisionsPerAuthor / perAuthor[d.Author]);

        var spam = Update(current.Spam, list.Where(d => d.Label != ModeratorLabel.Abusive).Select(d => (d, d.Label == ModeratorLabel.Spam)), WeightOf, options, cancellationToken);
        var abuse = Update(current.Abuse, list.Where(d => d.Label != ModeratorLabel.Spam).Select(d => (d, d.Label == ModeratorLabel.Abusive)), WeightOf, options, cancellationToken);
        return new CommentModels(spam, abuse);
    }

    private static LogisticModel Update(LogisticModel model, IEnumerable<(ModeratedComment Decision, bool Positive)> labelled, Func<ModeratedComment, float> weightOf, RetrainingOptions options, CancellationToken cancellationToken)
    {
        var list = labelled.ToList();
        var positives = list.Count(x => x.Positive);
        if (positives < options.MinPerClass || list.Count - positives < options.MinPerClass) return model;
        var training = new TrainingOptions { Epochs = options.Epochs, LearningRate = options.LearningRate, BalanceClasses = false };
        // A blended model continues each part on its own features and keeps the shares it was calibrated with.
        var main = Continue(model.WithoutMembers(), list, weightOf, training, cancellationToken);
        if (model.Members.Count == 0) return main;
        var members = model.Members.Select(member => Continue(member, list, weightOf, training, cancellationToken)).ToList();
        return main.WithMembers(members, model.MemberShares);
    }

    private static LogisticModel Continue(LogisticModel part, List<(ModeratedComment Decision, bool Positive)> labelled, Func<ModeratedComment, float> weightOf, TrainingOptions training, CancellationToken cancellationToken)
    {
        var examples = labelled
            .Select(x => new TrainingExample(part.Featurizer.Featurize(x.Decision.Text), x.Positive, weightOf(x.Decision)))
            .ToList();
        return LogisticTrainer.Train(examples, part.Features, training, part, cancellationToken);
    }
}
