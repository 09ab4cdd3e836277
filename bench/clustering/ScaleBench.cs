using System.Diagnostics;
using System.Globalization;
using Storyline.Core.Clustering;

namespace Storyline.Bench.Clustering;

/// <summary>
/// Feeds a synthetic full-text stream through <see cref="OnlineStoryClusterer"/> and reports, at archive sizes
/// 10k … N, the time per article over the preceding 10,000 articles (assignment only, not text generation), the
/// stories and articles held in the window, and the managed heap after a full collection.
/// </summary>
internal static class ScaleBench
{
    private const int Bucket = 10_000;

    public static void Run(int articles, int articlesPerDay = 10_000)
    {
        int[] checkpoints = [.. new[] { 10_000, 30_000, 100_000, 300_000, 1_000_000, 3_000_000 }.Where(c => c <= articles)];
        var clusterer = new OnlineStoryClusterer();
        var stream = new SyntheticStream(articlesPerDay).Articles().GetEnumerator();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"synthetic stream: {articlesPerDay:N0} articles/day, ~2,000-character bodies, window {new OnlineStoryClustererOptions().ActiveWindow.TotalDays} days"));
        Console.WriteLine("| archive articles | µs/article (last 10k) | articles/s | stories in window | articles in window | vocabulary | managed heap MB |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        long next = 0;
        long ticks = 0;
        for (var n = 1; n <= articles; n++)
        {
            stream.MoveNext();
            var document = stream.Current;
            var start = Stopwatch.GetTimestamp();
            clusterer.Assign(document, () => ++next);
            ticks += Stopwatch.GetTimestamp() - start;
            if (n % Bucket != 0) continue;
            if (Array.IndexOf(checkpoints, n) >= 0)
            {
                var micros = ticks * 1e6 / Stopwatch.Frequency / Bucket;
                var heap = GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {n:N0} | {micros:F0} | {1e6 / micros:F0} | {clusterer.ActiveStories:N0} | {clusterer.ActiveArticles:N0} | {clusterer.Vocabulary:N0} | {heap:F0} |"));
            }
            ticks = 0;
        }
    }
}
