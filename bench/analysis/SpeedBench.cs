using System.Diagnostics;
using System.Text;
using Storyline.Core.Analysis;

namespace Storyline.Bench.Analysis;

/// <summary>Throughput of the whole analysis (tokens, entities, coreference, quotes, claims) on one thread.</summary>
public static class SpeedBench
{
    public static void Run(string shared)
    {
        // Real news text: the PolNeAR dev articles, read only to time the analysis.
        var texts = Directory.GetFiles(Path.Combine(shared, "data", "quotes", "polnear", "dev", "text"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var bytes = texts.Sum(t => Encoding.UTF8.GetByteCount(t));
        var analyzer = new ArticleAnalyzer();
        foreach (var t in texts.Take(5)) analyzer.Analyze(t);
        var watch = Stopwatch.StartNew();
        var rounds = 0;
        while (watch.Elapsed.TotalSeconds < 3 || rounds < 1)
        {
            foreach (var t in texts) analyzer.Analyze(t);
            rounds++;
        }
        var mbps = bytes * rounds / watch.Elapsed.TotalSeconds / 1e6;
        Console.WriteLine($"## Speed: whole analysis, one thread, {texts.Count} news articles ({bytes / 1024} KiB) × {rounds}: {mbps:F2} MB/s");
    }
}
