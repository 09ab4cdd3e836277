using Storyline.Core.Clustering;
using Storyline.Core.Clustering.Evaluation;
using Storyline.Testing;

namespace Storyline.Core.Tests.Clustering;

/// <summary>
/// Quality floors on the shared labelled sets (skipped when ../shared is absent). The floors sit well below the
/// figures in docs/benchmarks.md so that they catch a broken clusterer, not noise; they are above the README
/// baselines, so a regression to plain TF-IDF fails.
/// </summary>
public sealed class ClusteringQualityTests
{
    [Theory]
    [InlineData("data/stories/gva-semeval2018-task5", 0.905)]
    [InlineData("data/stories/uci-news-aggregator-prefix", 0.79)]
    public void Cluster_LabelledSet_BCubedF1AboveFloor(string folder, double floor)
    {
        var path = Path.Combine(SharedData.RequireDirectory(folder), "articles.jsonl");
        var documents = new List<ClusterDocument>();
        var gold = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            var parsed = Assert.IsType<ClusterInputLine.Parsed>(ClusterInputReader.Parse(line));
            documents.Add(parsed.Document);
            using var json = System.Text.Json.JsonDocument.Parse(line);
            gold.Add(json.RootElement.GetProperty("story").GetString()!);
        }

        var predicted = OfflineClustering.Run(documents, new OnlineStoryClusterer());
        var score = ClusteringMetrics.BCubed(gold, predicted);

        Assert.True(score.F1 >= floor, $"B-cubed F1 {score.F1:F3} (P {score.Precision:F3}, R {score.Recall:F3}) is below {floor}");
    }
}
