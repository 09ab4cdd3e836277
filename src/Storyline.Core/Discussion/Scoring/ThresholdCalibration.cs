namespace Storyline.Core.Discussion.Scoring;

/// <summary>
/// Moves a model's decision point to where it separates best, chosen by cross-validation inside the training data
/// only: the training examples are split into folds, each fold is scored by a model trained on the others, the
/// threshold with the best Matthews correlation on those held-out scores is found, and the bias of the model
/// trained on everything is shifted so that this threshold becomes probability 0.5.
/// </summary>
public static class ThresholdCalibration
{
    /// <summary>Candidate thresholds, in hundredths: 0.05 to 0.95.</summary>
    private const int LowestPercent = 5;
    private const int HighestPercent = 95;

    /// <summary>Trains on <paramref name="examples"/> with its decision point calibrated by <paramref name="folds"/>-fold cross-validation.</summary>
    public static LogisticModel Train(IReadOnlyList<TrainingExample> examples, FeatureOptions features, TrainingOptions options, int folds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var foldOf = Folds(examples.Count, folds, options.Seed);
        var scored = new List<(bool Positive, double Probability)>(examples.Count);
        for (var fold = 0; fold < folds; fold++)
        {
            var train = examples.Where((_, i) => foldOf[i] != fold).ToList();
            var model = LogisticTrainer.Train(train, features, options, start: null, cancellationToken);
            scored.AddRange(examples.Where((_, i) => foldOf[i] == fold).Select(e => (e.Positive, model.Probability(e.Features))));
        }
        var threshold = BestThreshold(scored);
        var full = LogisticTrainer.Train(examples, features, options, start: null, cancellationToken);
        return full.WithBias(full.Bias - (float)Math.Log(threshold / (1 - threshold)));
    }

    /// <summary>The fold of each of <paramref name="count"/> examples: a seeded shuffle dealt round the folds.</summary>
    internal static int[] Folds(int count, int folds, int seed)
    {
        var order = Enumerable.Range(0, count).ToArray();
        new Random(seed).Shuffle(order);
        var foldOf = new int[count];
        for (var i = 0; i < order.Length; i++) foldOf[order[i]] = i % folds;
        return foldOf;
    }

    /// <summary>The threshold with the highest Matthews correlation (the lowest such one on ties).</summary>
    internal static double BestThreshold(IReadOnlyList<(bool Positive, double Probability)> scored) => BestThreshold(scored, out _);

    /// <summary>The threshold with the highest Matthews correlation, and that correlation.</summary>
    internal static double BestThreshold(IReadOnlyList<(bool Positive, double Probability)> scored, out double bestMcc)
    {
        var best = 0.5;
        bestMcc = double.NegativeInfinity;
        for (var percent = LowestPercent; percent <= HighestPercent; percent++)
        {
            var t = percent / 100.0;
            double tp = 0, fp = 0, tn = 0, fn = 0;
            foreach (var (positive, probability) in scored)
            {
                var flagged = probability >= t;
                if (positive && flagged) tp++;
                else if (positive) fn++;
                else if (flagged) fp++;
                else tn++;
            }
            var denominator = Math.Sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
            var mcc = denominator == 0 ? 0 : (tp * tn - fp * fn) / denominator;
            if (mcc > bestMcc + 1e-12)
            {
                bestMcc = mcc;
                best = t;
            }
        }
        return best;
    }
}
