using System.Diagnostics;
using System.Globalization;
using Storyline.Core.Clustering;
using Storyline.Core.Clustering.Evaluation;

namespace Storyline.Bench.Clustering;

/// <summary>Scores our clusterer, the README's TF-IDF centroid baseline and every-article-alone on both labelled sets.</summary>
internal static class QualityBench
{
    public static void Run(string shared)
    {
        var raw = Environment.GetEnvironmentVariable("STORYLINE_BENCH_NER") is { Length: > 0 };
        var gva = LabelledSet.Load("GVA (SemEval-2018 T5, DEV)", Path.Combine(shared, "data/stories/gva-semeval2018-task5/articles.jsonl"));
        var uci = LabelledSet.Load("UCI headlines (DEV prefix)", Path.Combine(shared, "data/stories/uci-news-aggregator-prefix/articles.jsonl"));
        // As `storyline cluster` does: headlines tagged by the analysis stage (the NER experiment starts from the raw sets).
        if (!raw)
        {
            var analyzer = new Storyline.Core.Analysis.ArticleAnalyzer();
            foreach (var d in uci.Documents.Take(500)) analyzer.Analyze(d.Title); // model load and JIT outside the timing
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            gva = gva with { Documents = HeadlineEntities.Attach(gva.Documents, analyzer) };
            uci = uci with { Documents = HeadlineEntities.Attach(uci.Documents, analyzer) };
            var seconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"headline tagging: {gva.Documents.Count + uci.Documents.Count} titles, {seconds * 1e6 / (gva.Documents.Count + uci.Documents.Count):F0} µs CPU per title"));
        }
        Console.WriteLine("| set | method | clusters | B³ P | B³ R | B³ F1 | pair P | pair R | pair F1 | articles/s |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        // The README baselines: 0.20 with a 14-day window on GVA, 0.05 without time on UCI (both from the READMEs).
        // STORYLINE_CLUSTER_OPTIONS='{"JoinProbability":0.4}' tries other options without a rebuild.
        var json = Environment.GetEnvironmentVariable("STORYLINE_CLUSTER_OPTIONS");
        var options = string.IsNullOrEmpty(json) ? new OnlineStoryClustererOptions() : System.Text.Json.JsonSerializer.Deserialize<OnlineStoryClustererOptions>(json)!;
        if (Environment.GetEnvironmentVariable("STORYLINE_BENCH_NER") is { Length: > 0 } ner)
        {
            foreach (var set in new[] { gva, uci })
                foreach (var (variant, withEntities) in NerVariants.Apply(set, ner))
                    Report(withEntities, $"OnlineStoryClusterer + NER {variant}", () => new OnlineStoryClusterer(options));
            return;
        }
        Report(gva, "OnlineStoryClusterer", () => new OnlineStoryClusterer(options));
        if (Environment.GetEnvironmentVariable("STORYLINE_BENCH_OURS_ONLY") == "1") { Report(uci, "OnlineStoryClusterer", () => new OnlineStoryClusterer(options)); return; }
        Report(gva, "TF-IDF centroid ≥0.20, 14 days", () => new CentroidBaseline(gva.Documents, 0.20, TimeSpan.FromDays(14)));
        Report(gva, "every article alone", () => new SingletonClusterer());
        Report(uci, "OnlineStoryClusterer", () => new OnlineStoryClusterer(options));
        if (Environment.GetEnvironmentVariable("STORYLINE_BENCH_OURS_ONLY") == "1") return;
        Report(uci, "TF-IDF centroid ≥0.05, no time", () => new CentroidBaseline(uci.Documents, 0.05, null));
        Report(uci, "every article alone", () => new SingletonClusterer());
    }

    private static void Report(LabelledSet set, string method, Func<IStoryClusterer> create)
    {
        var watch = Stopwatch.StartNew();
        var predicted = OfflineClustering.Run(set.Documents, create());
        var rate = set.Documents.Count / watch.Elapsed.TotalSeconds;
        if (Environment.GetEnvironmentVariable("STORYLINE_BENCH_DUMP") is { Length: > 0 } dump)
            File.AppendAllLines(dump, set.Documents.Select((d, i) => $"{method}\t{d.Id}\t{predicted[i]}"));
        Row(set.Name, method, set.Gold, predicted, rate);
        foreach (var (name, items) in set.Subsets)
            Row($"{set.Name} {name}", method, [.. items.Select(i => set.Gold[i])], [.. items.Select(i => predicted[i])], null);
    }

    private static void Row(string set, string method, IReadOnlyList<string> gold, IReadOnlyList<long> predicted, double? rate)
    {
        var b = ClusteringMetrics.BCubed(gold, predicted);
        var p = ClusteringMetrics.Pairwise(gold, predicted);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {set} | {method} | {predicted.Distinct().Count()} | {b.Precision:F3} | {b.Recall:F3} | **{b.F1:F3}** | {p.Precision:F3} | {p.Recall:F3} | {p.F1:F3} | {(rate is { } r ? r.ToString("F0", CultureInfo.InvariantCulture) : "")} |"));
    }
}
