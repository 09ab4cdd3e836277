using System.Diagnostics;
using System.Globalization;
using Storyline.Core.Clustering;
using Storyline.Core.Clustering.Evaluation;

namespace Storyline.Bench.Clustering;

/// <summary>
/// Feeds a synthetic full-text stream through <see cref="OnlineStoryClusterer"/> and reports, at archive sizes
/// 10k … N, the time per article over the preceding 10,000 articles (wall clock and process CPU, assignment only:
/// each batch of text is generated before the clock starts), the stories and articles held in the window, and the
/// managed heap after a full collection. CPU time is the figure to read on a shared machine.
/// </summary>
internal static class ScaleBench
{
    private const int Bucket = 10_000;

    public static void Run(int articles, int articlesPerDay)
    {
        int[] checkpoints = [.. new[] { 10_000, 30_000, 100_000, 300_000, 1_000_000, 3_000_000 }.Where(c => c <= articles)];
        // STORYLINE_CLUSTER_OPTIONS='{"MaxVocabulary":1000000}' tries other options without a rebuild, as in quality.
        var json = Environment.GetEnvironmentVariable("STORYLINE_CLUSTER_OPTIONS");
        var clusterer = new OnlineStoryClusterer(string.IsNullOrEmpty(json) ? null : System.Text.Json.JsonSerializer.Deserialize<OnlineStoryClustererOptions>(json));
        using var stream = new SyntheticStream(articlesPerDay).Articles().GetEnumerator();
        var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"synthetic stream: {articlesPerDay:N0} articles/day, ~2,000-character bodies, window {new OnlineStoryClustererOptions().ActiveWindow.TotalDays} days, {Environment.ProcessorCount} cores"));
        Console.WriteLine("| archive articles | wall µs/article | CPU µs/article | CPU articles/s | stories in window | articles in window | vocabulary | managed heap MB |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var gold = new List<string>(articles);
        var assigned = new List<long>(articles);
        var mergedInto = new Dictionary<long, long>();
        long next = 0;
        var batch = new List<ClusterDocument>(Bucket);
        for (var done = 0; done < articles; done += Bucket)
        {
            batch.Clear();
            for (var i = 0; i < Bucket && stream.MoveNext(); i++) batch.Add(stream.Current);
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            foreach (var document in batch)
            {
                var assignment = clusterer.Assign(document, () => ++next);
                assigned.Add(assignment.StoryId);
                foreach (var merged in assignment.MergedStoryIds) mergedInto[merged] = assignment.StoryId;
            }
            wall.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuStart;
            gold.AddRange(batch.Select(d => d.Id[..d.Id.IndexOf('-', StringComparison.Ordinal)]));
            var n = done + batch.Count;
            if (Array.IndexOf(checkpoints, n) < 0) continue;
            var wallMicros = wall.Elapsed.TotalMicroseconds / batch.Count;
            var cpuMicros = cpu.TotalMicroseconds / batch.Count;
            var heap = GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {n:N0} | {wallMicros:F0} | {cpuMicros:F0} | {1e6 / cpuMicros:F0} | {clusterer.ActiveStories:N0} | {clusterer.ActiveArticles:N0} | {clusterer.Vocabulary:N0} | {heap:F0} |"));
        }
        var predicted = assigned.Select(s => Resolve(s, mergedInto)).ToArray();
        var score = ClusteringMetrics.BCubed(gold, predicted);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"synthetic gold (sanity only): B-cubed P/R/F1 {score.Precision:F3} / {score.Recall:F3} / {score.F1:F3}"));
    }

    private static long Resolve(long story, Dictionary<long, long> mergedInto)
    {
        for (var hops = 0; hops < 10_000 && mergedInto.TryGetValue(story, out var next) && next != story; hops++) story = next;
        return story;
    }
}
