using Storyline.Core.Clustering.Evaluation;

namespace Storyline.Core.Tests.Clustering;

public sealed class ClusteringMetricsTests
{
    public static TheoryData<string, string[], int[], double, double, double, double> Cases => new()
    {
        // gold, predicted, B³ P, B³ R, pair P, pair R
        { "perfect", ["x", "x", "y"], [1, 1, 2], 1.0, 1.0, 1.0, 1.0 },
        { "all alone", ["x", "x", "y"], [1, 2, 3], 1.0, (1 / 2.0 + 1 / 2.0 + 1) / 3, 1.0, 0.0 },
        { "all together", ["x", "x", "y"], [1, 1, 1], (2 / 3.0 + 2 / 3.0 + 1 / 3.0) / 3, 1.0, 1 / 3.0, 1.0 },
        { "one wrong join", ["x", "x", "y", "y"], [1, 1, 1, 2], (2 / 3.0 * 2 + 1 / 3.0 + 1) / 4, (1 + 1 + 1 / 2.0 + 1 / 2.0) / 4, 1 / 3.0, 1 / 2.0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Scores_KnownClusterings_MatchHandComputedValues(string name, string[] gold, int[] predicted,
        double bcubedP, double bcubedR, double pairP, double pairR)
    {
        var b = ClusteringMetrics.BCubed(gold, predicted);
        var p = ClusteringMetrics.Pairwise(gold, predicted);

        Assert.True(Math.Abs(b.Precision - bcubedP) < 1e-9, $"{name}: B³ P {b.Precision}");
        Assert.True(Math.Abs(b.Recall - bcubedR) < 1e-9, $"{name}: B³ R {b.Recall}");
        Assert.True(Math.Abs(p.Precision - pairP) < 1e-9, $"{name}: pair P {p.Precision}");
        Assert.True(Math.Abs(p.Recall - pairR) < 1e-9, $"{name}: pair R {p.Recall}");
    }
}
