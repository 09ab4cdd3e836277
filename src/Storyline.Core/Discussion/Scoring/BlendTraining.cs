namespace Storyline.Core.Discussion.Scoring;

/// <summary>
/// Trains a main model and its members (<see cref="TrainingOptions.Members"/>), each on its own features, and blends
/// them in log-odds. Differently biased linear models err on different texts (a word-level naive-Bayes model and a
/// character-level model disagree most on rare and misspelt words), so their average separates better than either.
/// The members' share and the decision point are chosen together by cross-validation inside the training data only
/// (the same folds as <see cref="ThresholdCalibration"/>); without calibration folds every part counts equally.
/// </summary>
internal static class BlendTraining
{
    /// <summary>Grid step of the members' total share; the main model always keeps at least one step.</summary>
    private const int ShareSteps = 10;

    public static LogisticModel Train(IReadOnlyList<LabelledText> texts, FeatureOptions features, TrainingOptions options, CancellationToken cancellationToken)
    {
        var recipes = new List<MemberRecipe> { new(features, options with { Members = [], CalibrationFolds = 0 }) };
        recipes.AddRange(options.Members.Select(m => m with { Training = m.Training with { Members = [], CalibrationFolds = 0 } }));
        var views = recipes.Select(r =>
        {
            var featurizer = new CommentFeaturizer(r.Features);
            return texts.Select(t => new TrainingExample(featurizer.Featurize(t.Text), t.Positive, t.Weight)).ToList();
        }).ToList();

        var shares = EqualShares(recipes.Count);
        var threshold = 0.5;
        if (options.CalibrationFolds >= 2)
        {
            var margins = HeldOutMargins(views, recipes, options, cancellationToken);
            (shares, threshold) = BestBlend(margins, texts.Select(t => t.Positive).ToList());
        }

        var parts = recipes.Select((r, k) => LogisticTrainer.Train(views[k], r.Features, r.Training, start: null, cancellationToken)).ToList();
        var shift = (float)(Math.Log(threshold / (1 - threshold)) / shares[0]);
        return parts[0].WithBias(parts[0].Bias - shift).WithMembers(parts.Skip(1).ToList(), shares.Skip(1).ToArray());
    }

    /// <summary>For every text, each part's log-odds from a model trained on the other folds.</summary>
    private static double[][] HeldOutMargins(List<List<TrainingExample>> views, List<MemberRecipe> recipes, TrainingOptions options, CancellationToken cancellationToken)
    {
        var count = views[0].Count;
        var foldOf = ThresholdCalibration.Folds(count, options.CalibrationFolds, options.Seed);
        var margins = new double[count][];
        for (var i = 0; i < count; i++) margins[i] = new double[recipes.Count];
        for (var fold = 0; fold < options.CalibrationFolds; fold++)
        {
            for (var k = 0; k < recipes.Count; k++)
            {
                var view = views[k];
                var train = view.Where((_, i) => foldOf[i] != fold).ToList();
                var model = LogisticTrainer.Train(train, recipes[k].Features, recipes[k].Training, start: null, cancellationToken);
                for (var i = 0; i < count; i++)
                    if (foldOf[i] == fold) margins[i][k] = model.Margin(view[i].Features);
            }
        }
        return margins;
    }

    /// <summary>The shares (main model first) and threshold with the best Matthews correlation on held-out margins.</summary>
    private static (float[] Shares, double Threshold) BestBlend(double[][] margins, List<bool> positive)
    {
        var parts = margins[0].Length;
        var best = (Shares: EqualShares(parts), Threshold: 0.5);
        var bestMcc = double.NegativeInfinity;
        foreach (var shares in Grid(parts))
        {
            var scored = new List<(bool, double)>(margins.Length);
            for (var i = 0; i < margins.Length; i++)
            {
                double margin = 0;
                for (var k = 0; k < parts; k++) margin += shares[k] * margins[i][k];
                scored.Add((positive[i], LogisticModel.Sigmoid(margin)));
            }
            var threshold = ThresholdCalibration.BestThreshold(scored, out var mcc);
            if (mcc > bestMcc + 1e-12)
            {
                bestMcc = mcc;
                best = (shares, threshold);
            }
        }
        return best;
    }

    /// <summary>Share vectors on a grid of tenths, main model first and never below one tenth.</summary>
    private static IEnumerable<float[]> Grid(int parts)
    {
        var steps = new int[parts];
        return Walk(0, ShareSteps);

        IEnumerable<float[]> Walk(int k, int left)
        {
            if (k == parts - 1)
            {
                steps[k] = left;
                if (steps[0] > 0) yield return steps.Select(s => (float)s / ShareSteps).ToArray();
                yield break;
            }
            for (var s = k == 0 ? ShareSteps : left; s >= (k == 0 ? 1 : 0); s--)
            {
                if (s > left) continue;
                steps[k] = s;
                foreach (var shares in Walk(k + 1, left - s)) yield return shares;
            }
        }
    }

    private static float[] EqualShares(int parts) => Enumerable.Repeat(1f / parts, parts).ToArray();
}
