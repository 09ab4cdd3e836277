using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Storyline.Bench.Extraction;
using Storyline.Core.Extraction;

// bench/extraction: Storyline's HTML extractor on the scrapinghub article-extraction benchmark, with the
// benchmark's own metric, parse-only AngleSharp speed in the same run, and peers side by side.
var culture = CultureInfo.InvariantCulture;
var argList = args.ToList();
string? Option(string name) => argList.IndexOf(name) is var i and >= 0 && i + 1 < argList.Count ? argList[i + 1] : null;
var limit = int.Parse(Option("--limit") ?? "100000", culture);
var passes = int.Parse(Option("--rounds") ?? Option("--passes") ?? "5", culture);
var worst = int.Parse(Option("--worst") ?? "0", culture);
var peerNames = (Option("--peers") ?? "none") switch { "none" => [], "all" => Peers.All, var list => list.Split(',') };
var benchDir = Path.GetDirectoryName(Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../Program.cs")))!;
if (!File.Exists(Path.Combine(benchDir, "setup.sh"))) benchDir = Environment.CurrentDirectory;
var outDir = Option("--out") ?? Path.Combine(benchDir, "out");
Directory.CreateDirectory(outDir);

var dataDir = Path.Combine(PageSet.FindShared(), "data", "extraction", "scrapinghub");
var set = argList.Contains("--memory") ? new PageSet { Directory = dataDir, Pages = [] } : PageSet.Load(dataDir, limit);
var truth = set.Pages.ToDictionary(p => p.Id, p => p.Truth, StringComparer.Ordinal);

CorpusScore Score(Dictionary<string, string> predictions, out List<(string Id, PageScore Score)> perPage)
{
    perPage = set.Pages.Select(p => (p.Id, ShingleMetric.ScorePage(p.Truth, predictions.GetValueOrDefault(p.Id, "")))).ToList();
    return ShingleMetric.Aggregate(perPage.Select(p => p.Score).ToList());
}

string Row(string name, string version, CorpusScore s, string speed) =>
    $"| {name} | {version} | {s.F1:0.000} ± {s.F1StdDev:0.000} | {s.Precision:0.000} | {s.Recall:0.000} | {s.Accuracy:0.000} | {speed} |";

if (argList.Contains("--published"))
{
    // Checks the port: these must equal the README's published point estimates.
    Console.WriteLine("| system | version | F1 | P | R | accuracy | |");
    Console.WriteLine("|---|---|---|---|---|---|---|");
    foreach (var file in Directory.GetFiles(Path.Combine(dataDir, "published-outputs"), "*.json.gz").Order(StringComparer.Ordinal))
    {
        var s = Score(PageSet.ReadPredictions(file), out _);
        Console.WriteLine(Row(Path.GetFileName(file).Replace(".json.gz", "", StringComparison.Ordinal), "published", s, ""));
    }
    return 0;
}

if (argList.Contains("--memory"))
{
    // Peak memory of extraction alone: pages are read from disk one at a time, no parse-only pass, no peers.
    var extractor = new ArticleExtractor();
    var files = Directory.GetFiles(Path.Combine(dataDir, "html"), "*.html.gz").Order(StringComparer.Ordinal).Take(limit).ToList();
    var baseline = Process.GetCurrentProcess().WorkingSet64;
    var watch = Stopwatch.StartNew();
    var cpuStart = CpuClock.ProcessMilliseconds();
    foreach (var file in files)
    {
        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(file), System.IO.Compression.CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        extractor.Extract(new SourceDocument { Origin = file, Content = buffer.ToArray(), ContentType = "text/html" });
    }
    using var self = Process.GetCurrentProcess();
    Console.WriteLine($"{files.Count} pages in {watch.Elapsed.TotalSeconds:0.0} s wall, {(CpuClock.ProcessMilliseconds() - cpuStart) / 1000:0.00} s process CPU (cold: JIT included); peak working set {self.PeakWorkingSet64 / 1048576.0:0} MiB "
        + $"(at start {baseline / 1048576.0:0} MiB); peak GC heap {GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes / 1048576.0:0} MiB after the last collection");
    return 0;
}

if (argList.Contains("--profile"))
{
    Profile.Run(set.Pages, passes);
    return 0;
}

Console.WriteLine($"{set.Pages.Count} pages, {set.Pages.Sum(p => (long)p.Html.Length) / 1024.0 / 1024.0:0.0} MiB of HTML; {Environment.ProcessorCount} cores, .NET {Environment.Version}; "
    + $"one thread, warm-up rounds then {passes} rounds, parse-only and extraction alternating page by page, each charged its thread CPU time; medians over rounds");
Console.WriteLine($"load average at start: {LoadAverage()}");
var timing = Timing.Run(set.Pages, passes);
var peakMiB = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
var ours = timing.Outcomes.ToDictionary(o => o.Key, o => o.Value is ExtractionOutcome.Extracted e ? e.Article.Text : "", StringComparer.Ordinal);
var rejected = timing.Outcomes.Count(o => o.Value is ExtractionOutcome.Rejected);
await File.WriteAllTextAsync(Path.Combine(outDir, "storyline.json"), JsonSerializer.Serialize(ours.ToDictionary(o => o.Key, o => new { articleBody = o.Value })));

var n = set.Pages.Count;
Console.WriteLine();
Console.WriteLine("| extractor | version | F1 | P | R | accuracy | pages/s |");
Console.WriteLine("|---|---|---|---|---|---|---|");
var ourScore = Score(ours, out var ourPages);
await File.WriteAllLinesAsync(Path.Combine(outDir, "storyline-pages.tsv"), ourPages.Select(p => string.Create(culture, $"{p.Id}\t{p.Score.F1:0.0000}\t{p.Score.Tp:0.0000}\t{p.Score.Fp:0.0000}\t{p.Score.Fn:0.0000}")));
Console.WriteLine(Row("Storyline", "this commit", ourScore, (n / timing.ExtractSeconds).ToString("0", culture) + " per CPU-second"));
Console.WriteLine(Row("AngleSharp parse only", "1.x", default, (n / timing.ParseSeconds).ToString("0", culture) + " per CPU-second"));
foreach (var name in peerNames)
{
    var result = Peers.Run(name, set, benchDir, outDir);
    if (result is not { } r) continue;
    Console.WriteLine(Row(name, r.Version, Score(r.Predictions, out _), (n / r.Seconds).ToString("0.0", culture)));
}

Console.WriteLine();
Console.WriteLine(string.Create(culture, $"Storyline: F1 {ourScore.F1:0.0000}; {n / timing.ExtractSeconds:0} pages per CPU-second ({timing.ExtractSeconds * 1000 / n:0.00} ms CPU per page), "
    + $"parse-only {n / timing.ParseSeconds:0} ({timing.ParseSeconds * 1000 / n:0.00} ms); ratio {timing.ExtractSeconds / timing.ParseSeconds:0.00}x (thread CPU, median of {timing.Rounds} rounds after {timing.WarmUpRounds} warm-up rounds)"));
Console.WriteLine(string.Create(culture, $"  per-round ratios: {string.Join(" ", timing.RoundRatios.Select(r => r.ToString("0.00", culture)))}; "
    + $"process CPU (all threads) per page, parse-only + extraction: {timing.ProcessCpuMsPerPage:0.00} ms vs thread {(timing.ExtractSeconds + timing.ParseSeconds) * 1000 / n:0.00} ms "
    + $"(per round: {string.Join(" ", timing.RoundProcessCpuMs.Select(r => (r / n).ToString("0.00", culture)))})"));
Console.WriteLine(string.Create(culture, $"  wall clock (median per page, summed): extraction {timing.ExtractWallMs.Sum() / 1000:0.00} s, parse-only {timing.ParseWallMs.Sum() / 1000:0.00} s, ratio {timing.ExtractWallMs.Sum() / timing.ParseWallMs.Sum():0.00}x"));
Console.WriteLine($"  peak working set {peakMiB:0} MiB (all pages held in memory; --memory streams them); {rejected} pages rejected; load average at end: {LoadAverage()}");

Console.WriteLine();
Console.WriteLine("| page size | pages | mean KiB | parse CPU ms/page | extract CPU ms/page | extract ms per 100 KiB | ratio |");
Console.WriteLine("|---|---|---|---|---|---|---|");
int[] edges = [0, 25, 50, 100, 200, 400, int.MaxValue];
for (var b = 0; b + 1 < edges.Length; b++)
{
    var idx = Enumerable.Range(0, n).Where(i => set.Pages[i].Html.Length / 1024 >= edges[b] && set.Pages[i].Html.Length / 1024 < edges[b + 1]).ToList();
    if (idx.Count == 0) continue;
    var kib = idx.Average(i => set.Pages[i].Html.Length / 1024.0);
    var parse = idx.Average(i => timing.ParseCpuMs[i]);
    var extract = idx.Average(i => timing.ExtractCpuMs[i]);
    var label = edges[b + 1] == int.MaxValue ? $"≥ {edges[b]} KiB" : $"{edges[b]}–{edges[b + 1]} KiB";
    Console.WriteLine(string.Create(culture, $"| {label} | {idx.Count} | {kib:0} | {parse:0.00} | {extract:0.00} | {extract / kib * 100:0.00} | {extract / parse:0.00} |"));
}

var labels = Path.Combine(benchDir, "labels.tsv");
if (File.Exists(labels)) Metadata.Report(labels, timing.Outcomes);

if (worst > 0)
{
    Console.WriteLine();
    foreach (var (id, s) in ourPages.OrderBy(p => p.Score.F1).Take(worst))
    {
        var url = set.Pages.First(p => p.Id == id).Url;
        Console.WriteLine($"{s.F1:0.000} tp={s.Tp:0.00} fp={s.Fp:0.00} fn={s.Fn:0.00} {id[..12]} {url}");
    }
}
return 0;

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
