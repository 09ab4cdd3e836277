namespace Storyline.Core.Clustering.Evaluation;

/// <summary>
/// B-cubed (Bagga and Baldwin 1998, item-averaged) and pairwise (pair-counting) scores of a predicted clustering
/// against gold labels, both computed from the contingency table in one pass.
/// </summary>
public static class ClusteringMetrics
{
    /// <summary>B-cubed precision and recall; <paramref name="gold"/>[i] and <paramref name="predicted"/>[i] label item i.</summary>
    public static ClusteringScore BCubed<TGold, TPredicted>(IReadOnlyList<TGold> gold, IReadOnlyList<TPredicted> predicted)
        where TGold : notnull where TPredicted : notnull
    {
        var (cells, goldSizes, predictedSizes) = Contingency(gold, predicted);
        if (gold.Count == 0) return new ClusteringScore { Precision = 1, Recall = 1 };
        double precision = 0, recall = 0;
        foreach (var ((g, p), n) in cells)
        {
            precision += (double)n * n / predictedSizes[p];
            recall += (double)n * n / goldSizes[g];
        }
        return new ClusteringScore { Precision = precision / gold.Count, Recall = recall / gold.Count };
    }

    /// <summary>Pairwise precision and recall over all unordered pairs of items put together.</summary>
    public static ClusteringScore Pairwise<TGold, TPredicted>(IReadOnlyList<TGold> gold, IReadOnlyList<TPredicted> predicted)
        where TGold : notnull where TPredicted : notnull
    {
        var (cells, goldSizes, predictedSizes) = Contingency(gold, predicted);
        var together = cells.Values.Sum(Pairs);
        var predictedPairs = predictedSizes.Values.Sum(Pairs);
        var goldPairs = goldSizes.Values.Sum(Pairs);
        return new ClusteringScore
        {
            Precision = predictedPairs > 0 ? together / predictedPairs : 1,
            Recall = goldPairs > 0 ? together / goldPairs : 1,
        };
    }

    private static double Pairs(int n) => n * (n - 1.0) / 2;

    private static (Dictionary<(TGold, TPredicted), int> Cells, Dictionary<TGold, int> Gold, Dictionary<TPredicted, int> Predicted)
        Contingency<TGold, TPredicted>(IReadOnlyList<TGold> gold, IReadOnlyList<TPredicted> predicted)
        where TGold : notnull where TPredicted : notnull
    {
        if (gold.Count != predicted.Count) throw new ArgumentException("gold and predicted label different numbers of items", nameof(predicted));
        var cells = new Dictionary<(TGold, TPredicted), int>();
        var goldSizes = new Dictionary<TGold, int>();
        var predictedSizes = new Dictionary<TPredicted, int>();
        for (var i = 0; i < gold.Count; i++)
        {
            cells[(gold[i], predicted[i])] = cells.GetValueOrDefault((gold[i], predicted[i])) + 1;
            goldSizes[gold[i]] = goldSizes.GetValueOrDefault(gold[i]) + 1;
            predictedSizes[predicted[i]] = predictedSizes.GetValueOrDefault(predicted[i]) + 1;
        }
        return (cells, goldSizes, predictedSizes);
    }
}
