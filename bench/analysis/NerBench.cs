using System.Diagnostics;
using System.Text.Json;
using Storyline.Core.Analysis;

namespace Storyline.Bench.Analysis;

/// <summary>Entity F1 (exact character span and type) on UNER English dev: Storyline's tagger and npm compromise.</summary>
public static class NerBench
{
    public static void Run(string shared, bool verbose = false)
    {
        var dev = UnerDev.Load(Path.Combine(shared, "data", "ner", "uner-en", "en_ewt-ud-dev.iob2"));
        Console.WriteLine($"## Entities: UNER English EWT dev, {dev.Count} sentences aligned to their text, exact span + type");
        Console.WriteLine($"{"system",-28} {"P",6} {"R",6} {"F1",6}");
        var analyzer = new ArticleAnalyzer();
        var ours = dev.Select(s => analyzer.Analyze(s.Text).Entities.Select(e => (e.Start, e.End, e.Type.ToString())).ToHashSet()).ToList();
        Console.WriteLine($"{"storyline (perceptron)",-28} {Score(dev, ours)}");
        if (verbose) Errors(dev, ours);
        var peer = Compromise(dev);
        Console.WriteLine(peer is null ? "compromise: not installed (run bench/analysis/setup.sh)" : $"{"compromise 14.17.0",-28} {Score(dev, peer)}");
    }

    private static void Errors(List<UnerDev.Sentence> dev, List<HashSet<(int, int, string)>> predicted)
    {
        // One line per wrong span: "miss" (gold not found exactly) and "extra" (predicted, not gold), in its sentence.
        for (var i = 0; i < dev.Count; i++)
        {
            var text = dev[i].Text;
            foreach (var (s, e, t) in dev[i].Gold.Where(g => !predicted[i].Contains(g)))
                Console.WriteLine($"    miss  {t} [{text[s..e]}] in: {text}");
            foreach (var (s, e, t) in predicted[i].Where(p => !dev[i].Gold.Contains(p)))
                Console.WriteLine($"    extra {t} [{text[s..e]}] in: {text}");
        }
    }

    private static SpanScore Score(List<UnerDev.Sentence> dev, List<HashSet<(int, int, string)>> predicted)
    {
        int gold = 0, found = 0, count = 0;
        for (var i = 0; i < dev.Count; i++)
        {
            gold += dev[i].Gold.Count;
            count += predicted[i].Count;
            found += predicted[i].Count(dev[i].Gold.Contains);
        }
        return new SpanScore(gold, count, found, found);
    }

    private static List<HashSet<(int, int, string)>>? Compromise(List<UnerDev.Sentence> dev)
    {
        var bench = SharedFolder.BenchDirectory();
        if (!Directory.Exists(Path.Combine(bench, "node_modules", "compromise"))) return null;
        var input = Path.GetTempFileName();
        File.WriteAllLines(input, dev.Select((s, i) => JsonSerializer.Serialize(new { id = i, text = s.Text })));
        var start = new ProcessStartInfo("node", [Path.Combine(bench, "compromise-ner.mjs")])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, WorkingDirectory = bench,
        };
        using var process = Process.Start(start)!;
        var feeder = Task.Run(() =>
        {
            foreach (var line in File.ReadLines(input)) process.StandardInput.WriteLine(line);
            process.StandardInput.Close();
        });
        var result = dev.Select(_ => new HashSet<(int, int, string)>()).ToList();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            using var doc = JsonDocument.Parse(line);
            var id = doc.RootElement.GetProperty("id").GetInt32();
            foreach (var e in doc.RootElement.GetProperty("entities").EnumerateArray())
                result[id].Add((e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), e.GetProperty("type").GetString()!));
        }
        feeder.Wait();
        process.WaitForExit();
        File.Delete(input);
        return result;
    }
}
