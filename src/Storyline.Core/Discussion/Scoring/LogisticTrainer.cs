namespace Storyline.Core.Discussion.Scoring;

/// <summary>
/// Trains <see cref="LogisticModel"/>s with AdaGrad stochastic gradient descent and L2. Hand-written because the
/// hashed sparse features, warm starts from a shipped model and byte-reproducible output are simple here and would
/// otherwise bring in a large ML runtime for one linear model.
/// </summary>
public static class LogisticTrainer
{
    /// <summary>Trains a model on <paramref name="texts"/>.</summary>
    public static LogisticModel Train(IEnumerable<LabelledText> texts, FeatureOptions features, TrainingOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (options is { Members.Count: > 0 }) return BlendTraining.Train(texts.ToList(), features, options, cancellationToken);
        var featurizer = new CommentFeaturizer(features);
        var examples = texts.Select(t => new TrainingExample(featurizer.Featurize(t.Text), t.Positive, t.Weight)).ToList();
        if (options?.CalibrationFolds is >= 2 and var folds) return ThresholdCalibration.Train(examples, features, options, folds, cancellationToken);
        return Train(examples, features, options, start: null, cancellationToken);
    }

    /// <summary>Trains on featurized examples, optionally continuing from <paramref name="start"/> (same feature options).</summary>
    public static LogisticModel Train(IReadOnlyList<TrainingExample> examples, FeatureOptions features, TrainingOptions? options, LogisticModel? start, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(features);
        options ??= new TrainingOptions();
        if (start is not null && start.Features != features) throw new ArgumentException("the starting model uses other feature options", nameof(start));
        var dimension = 1 << features.HashBits;
        var scales = start is not null ? start.Scales : options.NaiveBayesScaling ? NaiveBayesScales.Compute(examples, dimension, options.NaiveBayesAlpha) : null;
        if (scales is not null) examples = examples.Select(e => e with { Features = NaiveBayesScales.Apply(e.Features, scales) }).ToList();
        var weights = start is null ? new float[dimension] : (float[])start.Weights.Clone();
        var bias = start?.Bias ?? 0f;
        var squares = new float[dimension];
        var biasSquare = 0f;
        var (positiveScale, negativeScale) = ClassScales(examples, options.BalanceClasses);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(options.Seed);
        const float Epsilon = 1e-6f;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            foreach (var index in order)
            {
                var example = examples[index];
                var x = example.Features;
                double margin = bias;
                for (var i = 0; i < x.Indices.Length; i++) margin += weights[x.Indices[i]] * x.Values[i];
                var error = (float)(LogisticModel.Sigmoid(margin) - (example.Positive ? 1 : 0));
                error *= example.Weight * (example.Positive ? positiveScale : negativeScale);
                for (var i = 0; i < x.Indices.Length; i++)
                {
                    var j = x.Indices[i];
                    var gradient = error * x.Values[i] + options.L2 * weights[j];
                    squares[j] += gradient * gradient;
                    weights[j] -= options.LearningRate * gradient / MathF.Sqrt(squares[j] + Epsilon);
                }
                biasSquare += error * error;
                bias -= options.LearningRate * error / MathF.Sqrt(biasSquare + Epsilon);
            }
        }
        return new LogisticModel(features, weights, bias, scales);
    }

    private static (float Positive, float Negative) ClassScales(IReadOnlyList<TrainingExample> examples, bool balance)
    {
        if (!balance) return (1, 1);
        double positive = examples.Where(e => e.Positive).Sum(e => e.Weight);
        double negative = examples.Where(e => !e.Positive).Sum(e => e.Weight);
        if (positive <= 0 || negative <= 0) return (1, 1);
        var total = positive + negative;
        return ((float)(total / (2 * positive)), (float)(total / (2 * negative)));
    }
}
