using System.Diagnostics;
using AngleSharp.Html.Parser;
using Storyline.Core.Extraction;
using Storyline.Core.Text;

namespace Storyline.Bench.Extraction;

/// <summary>
/// Times Storyline's extractor and AngleSharp parsing alone in the same process, single-threaded, over several
/// rounds. Within a round, parse-only and extraction alternate page by page and each is charged the thread's CPU
/// time, so that other processes on a shared machine neither inflate one side nor the other; each round also
/// records the process's CPU time and the wall time. Figures are medians over the rounds.
/// </summary>
public sealed class Timing
{
    private const int MinWarmUpRounds = 2;
    private const int MaxWarmUpRounds = 10;
    private const double SettledShare = 1.15;

    public required int Rounds { get; init; }
    public required int WarmUpRounds { get; init; }
    public required double[] ExtractCpuMs { get; init; }
    public required double[] ParseCpuMs { get; init; }
    public required double[] ExtractWallMs { get; init; }
    public required double[] ParseWallMs { get; init; }
    public required double[] RoundRatios { get; init; }
    public required double[] RoundProcessCpuMs { get; init; }
    public required Dictionary<string, ExtractionOutcome> Outcomes { get; init; }

    /// <summary>Median over rounds of the whole set's thread CPU seconds, extraction and parse-only.</summary>
    public double ExtractSeconds { get; private init; }
    public double ParseSeconds { get; private init; }

    /// <summary>Median over rounds of the process CPU seconds per page, parse-only and extraction together.</summary>
    public double ProcessCpuMsPerPage { get; private init; }

    public static Timing Run(IReadOnlyList<BenchPage> pages, int rounds)
    {
        var extractor = new ArticleExtractor();
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var outcomes = new Dictionary<string, ExtractionOutcome>(StringComparer.Ordinal);
        var warmUps = WarmUp(pages, parser, extractor);
        var n = pages.Count;
        var extractCpu = new double[rounds, n];
        var parseCpu = new double[rounds, n];
        var extractWall = new double[rounds, n];
        var parseWall = new double[rounds, n];
        var roundTotals = new (double Extract, double Parse, double Process)[rounds];
        for (var round = 0; round < rounds; round++)
        {
            var processStart = CpuClock.ProcessMilliseconds();
            for (var i = 0; i < n; i++)
            {
                var page = pages[i];
                var (wall, cpu) = (Stopwatch.GetTimestamp(), CpuClock.ThreadMilliseconds());
                var text = TextDecoder.Decode(page.Html, "utf-8");
                using (parser.ParseDocument(text)) { }
                parseCpu[round, i] = CpuClock.ThreadMilliseconds() - cpu;
                parseWall[round, i] = Stopwatch.GetElapsedTime(wall).TotalMilliseconds;

                (wall, cpu) = (Stopwatch.GetTimestamp(), CpuClock.ThreadMilliseconds());
                var outcome = extractor.Extract(Source(page));
                extractCpu[round, i] = CpuClock.ThreadMilliseconds() - cpu;
                extractWall[round, i] = Stopwatch.GetElapsedTime(wall).TotalMilliseconds;
                outcomes[page.Id] = outcome;
            }
            var extractSum = Enumerable.Range(0, n).Sum(i => extractCpu[round, i]);
            var parseSum = Enumerable.Range(0, n).Sum(i => parseCpu[round, i]);
            roundTotals[round] = (extractSum, parseSum, CpuClock.ProcessMilliseconds() - processStart);
        }
        double[] PerPage(double[,] values) => [.. Enumerable.Range(0, n).Select(i => Median(Enumerable.Range(0, rounds).Select(r => values[r, i])))];
        return new Timing
        {
            Rounds = rounds,
            WarmUpRounds = warmUps,
            ExtractCpuMs = PerPage(extractCpu),
            ParseCpuMs = PerPage(parseCpu),
            ExtractWallMs = PerPage(extractWall),
            ParseWallMs = PerPage(parseWall),
            RoundRatios = [.. roundTotals.Select(t => t.Extract / t.Parse)],
            RoundProcessCpuMs = [.. roundTotals.Select(t => t.Process)],
            ExtractSeconds = Median(roundTotals.Select(t => t.Extract)) / 1000,
            ParseSeconds = Median(roundTotals.Select(t => t.Parse)) / 1000,
            ProcessCpuMsPerPage = Median(roundTotals.Select(t => t.Process)) / n,
            Outcomes = outcomes,
        };
    }

    /// <summary>
    /// Warm-up rounds, not counted, until the runtime has finished re-compiling hot code (tiered JIT works on
    /// other threads: while it does, the process uses clearly more CPU than this thread) or MaxWarmUpRounds.
    /// </summary>
    public static int WarmUp(IReadOnlyList<BenchPage> pages, HtmlParser parser, ArticleExtractor extractor)
    {
        var warmUps = 0;
        while (warmUps < MaxWarmUpRounds)
        {
            var (process, thread) = (CpuClock.ProcessMilliseconds(), CpuClock.ThreadMilliseconds());
            foreach (var page in pages)
            {
                using (parser.ParseDocument(TextDecoder.Decode(page.Html, "utf-8"))) { }
                extractor.Extract(Source(page));
            }
            warmUps++;
            if (warmUps >= MinWarmUpRounds && CpuClock.ProcessMilliseconds() - process < (CpuClock.ThreadMilliseconds() - thread) * SettledShare) break;
        }
        return warmUps;
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return 0;
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public static SourceDocument Source(BenchPage page) =>
        new() { Origin = page.Id + ".html", Content = page.Html, ContentType = "text/html", Url = new Uri(page.Url) };
}
