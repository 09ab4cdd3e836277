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
        // Warm up (tiered JIT) so the figure is the steady state a long-running server sees.
        for (var r = 0; r < 3; r++) foreach (var t in texts) analyzer.Analyze(t);
        var cpu = Environment.CpuUsage.UserTime + Environment.CpuUsage.PrivilegedTime;
        var watch = Stopwatch.StartNew();
        var rounds = 0;
        while (watch.Elapsed.TotalSeconds < 3 || rounds < 1)
        {
            foreach (var t in texts) analyzer.Analyze(t);
            rounds++;
        }
        var used = (Environment.CpuUsage.UserTime + Environment.CpuUsage.PrivilegedTime - cpu).TotalSeconds;
        var mbps = bytes * rounds / watch.Elapsed.TotalSeconds / 1e6;
        Stage("tokenizer", texts, t => Storyline.Core.Analysis.Text.Tokenizer.Tokenize(t));
        var tagger = new Storyline.Core.Analysis.Ner.NerTagger(Storyline.Core.Analysis.Ner.NerModel.Default!);
        var tokenized = texts.Select(t => Storyline.Core.Analysis.Text.Tokenizer.Tokenize(t)).ToList();
        var k = 0;
        Stage("tagger", texts, t => tagger.Tag(t, tokenized[k++ % texts.Count]));
        var tagged = texts.Select((t, i) => tagger.Tag(t, tokenized[i])).ToList();
        k = 0;
        Stage("coreference", texts, t => Storyline.Core.Analysis.Coreference.EntityCoreference.Resolve(t, tagged[k++ % texts.Count]));
        var resolved = texts.Select((t, i) => Storyline.Core.Analysis.Coreference.EntityCoreference.Resolve(t, tagged[i])).ToList();
        k = 0;
        Stage("quote attribution", texts, t => { var i = k++ % texts.Count; Storyline.Core.Analysis.Quotes.QuoteAttributor.Attribute(t, tokenized[i], resolved[i], Storyline.Core.Analysis.Quotes.QuoteFinder.Find(t)); });
        Stage("claims", texts, t => Storyline.Core.Analysis.Claims.ClaimExtractor.Extract(t));
        Stage("quote finder", texts, t => Storyline.Core.Analysis.Quotes.QuoteFinder.Find(t));
        Console.WriteLine($"## Speed: whole analysis, one thread, {texts.Count} news articles ({bytes / 1024} KiB) × {rounds}: {mbps:F2} MB/s wall, {bytes * rounds / used / 1e6:F2} MB per CPU-second");
    }

    private static void Stage(string name, List<string> texts, Action<string> run)
    {
        var watch = Stopwatch.StartNew();
        foreach (var t in texts) run(t);
        Console.WriteLine($"  stage {name}: {watch.Elapsed.TotalMilliseconds:F0} ms for {texts.Sum(t => t.Length) / 1024} KiB");
    }
}
