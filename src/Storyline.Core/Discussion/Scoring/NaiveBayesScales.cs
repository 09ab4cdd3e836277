namespace Storyline.Core.Discussion.Scoring;

/// <summary>
/// Naive-Bayes log-count ratios as per-feature scales for a logistic regression (Wang and Manning 2012, "NBSVM"):
/// each hashed n-gram is multiplied by how much more often it occurs in positive than in negative training texts,
/// so the regression starts from naive Bayes' evidence and only has to correct it. On short, noisy texts this beats
/// either model alone. Behavioural slots keep scale 1.
/// </summary>
internal static class NaiveBayesScales
{
    /// <summary>Log-count ratios from the training examples (presence counts, weighted by example weight, smoothed by <paramref name="alpha"/>).</summary>
    public static float[] Compute(IReadOnlyList<TrainingExample> examples, int dimension, float alpha)
    {
        var positive = new double[dimension];
        var negative = new double[dimension];
        foreach (var example in examples)
        {
            var counts = example.Positive ? positive : negative;
            foreach (var index in example.Features.Indices) counts[index] += example.Weight;
        }
        double positiveTotal = 0, negativeTotal = 0;
        for (var j = BehaviourFeatures.Slots; j < dimension; j++)
        {
            positiveTotal += positive[j] + alpha;
            negativeTotal += negative[j] + alpha;
        }
        var scales = new float[dimension];
        for (var j = 0; j < dimension; j++)
        {
            scales[j] = j < BehaviourFeatures.Slots
                ? 1
                : (float)Math.Log((positive[j] + alpha) / positiveTotal / ((negative[j] + alpha) / negativeTotal));
        }
        return scales;
    }

    /// <summary>
    /// The vector with its n-gram values scaled and then brought back to their former total length, so scaling
    /// changes the direction of the n-gram part, not how much it weighs against the behavioural features.
    /// </summary>
    public static SparseVector Apply(SparseVector vector, float[] scales)
    {
        var values = new float[vector.Values.Length];
        double before = 0, after = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var index = vector.Indices[i];
            var value = vector.Values[i];
            if (index < BehaviourFeatures.Slots)
            {
                values[i] = value;
                continue;
            }
            values[i] = value * scales[index];
            before += (double)value * value;
            after += (double)values[i] * values[i];
        }
        if (after > 0)
        {
            var factor = (float)Math.Sqrt(before / after);
            for (var i = 0; i < values.Length; i++)
                if (vector.Indices[i] >= BehaviourFeatures.Slots) values[i] *= factor;
        }
        return new SparseVector(vector.Indices, values);
    }
}
