namespace Storyline.Core.Clustering.Online;

/// <summary>A unit-length sparse TF-IDF vector, stored as parallel arrays for fast dot products.</summary>
internal sealed record ArticleVector
{
    public required int[] Keys { get; init; }
    public required double[] Weights { get; init; }

    public static readonly ArticleVector Empty = new() { Keys = [], Weights = [] };

    /// <summary>Keeps the <paramref name="maxTerms"/> heaviest of <paramref name="weights"/> and scales them to unit length.</summary>
    public static ArticleVector FromWeights(List<KeyValuePair<int, double>> weights, int maxTerms)
    {
        if (weights.Count == 0) return Empty;
        weights.Sort(static (a, b) => b.Value.CompareTo(a.Value));
        var count = Math.Min(maxTerms, weights.Count);
        var keys = new int[count];
        var values = new double[count];
        var norm = 0.0;
        for (var i = 0; i < count; i++)
        {
            keys[i] = weights[i].Key;
            values[i] = weights[i].Value;
            norm += values[i] * values[i];
        }
        norm = Math.Sqrt(norm);
        if (norm > 0)
            for (var i = 0; i < count; i++) values[i] /= norm;
        return new ArticleVector { Keys = keys, Weights = values };
    }

    /// <summary>Dot product with a sparse sum vector.</summary>
    public double Dot(Dictionary<int, double> other)
    {
        var dot = 0.0;
        for (var i = 0; i < Keys.Length; i++)
            if (other.TryGetValue(Keys[i], out var w)) dot += Weights[i] * w;
        return dot;
    }
}
