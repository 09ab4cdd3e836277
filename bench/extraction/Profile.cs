using System.Globalization;
using AngleSharp.Html.Parser;
using Storyline.Core.Extraction;
using Storyline.Core.Extraction.Html;
using Storyline.Core.Text;

namespace Storyline.Bench.Extraction;

/// <summary>
/// <c>--profile</c>: where extraction time goes, per phase, with allocated bytes, next to decoding and parse-only
/// (thread CPU time and the allocation counter rank the phases; a sampling profiler, dotnet-trace, shows what is inside them).
/// </summary>
public static class Profile
{
    public static void Run(IReadOnlyList<BenchPage> pages, int passes)
    {
        var culture = CultureInfo.InvariantCulture;
        var extractor = new ArticleExtractor();
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var warmUps = Timing.WarmUp(pages, parser, extractor);
        HtmlExtractionProfile.Clock = CpuClock.ThreadMilliseconds;
        double decodeMs = 0, parseMs = 0, totalMs = 0;
        long decodeBytes = 0, parseBytes = 0, totalBytes = 0;
        HtmlExtractionProfile.Reset();
        HtmlExtractionProfile.Enabled = true;
        var gcBefore = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2);
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var page in pages)
            {
                var (start, bytes) = (CpuClock.ThreadMilliseconds(), GC.GetAllocatedBytesForCurrentThread());
                var text = TextDecoder.Decode(page.Html, "utf-8");
                decodeMs += CpuClock.ThreadMilliseconds() - start;
                decodeBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
                (start, bytes) = (CpuClock.ThreadMilliseconds(), GC.GetAllocatedBytesForCurrentThread());
                using (parser.ParseDocument(text)) { }
                parseMs += CpuClock.ThreadMilliseconds() - start;
                parseBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
                (start, bytes) = (CpuClock.ThreadMilliseconds(), GC.GetAllocatedBytesForCurrentThread());
                extractor.Extract(Timing.Source(page));
                totalMs += CpuClock.ThreadMilliseconds() - start;
                totalBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
            }
        }
        HtmlExtractionProfile.Enabled = false;
        var gcs = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2) - gcBefore;
        var n = (double)pages.Count * passes;
        string Line(string name, double ms, long bytes) =>
            string.Create(culture, $"| {name} | {ms / n:0.000} | {ms / parseMs:0.00} | {bytes / n / 1024:0} |");
        Console.WriteLine($"{pages.Count} pages × {passes} passes after {warmUps} warm-up rounds, thread CPU time, mean per page; {gcs} collections during the measured passes");
        Console.WriteLine("| phase | ms/page | × parse-only | KiB allocated/page |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine(Line("decode (both)", decodeMs, decodeBytes));
        Console.WriteLine(Line("parse-only (AngleSharp)", parseMs, parseBytes));
        var phases = 0.0;
        for (var i = 0; i < HtmlExtractionProfile.Phases.Count; i++)
        {
            phases += HtmlExtractionProfile.MillisecondsOf(i);
            Console.WriteLine(Line("extract: " + HtmlExtractionProfile.Phases[i], HtmlExtractionProfile.MillisecondsOf(i), HtmlExtractionProfile.BytesOf(i)));
        }
        Console.WriteLine(Line("extract: outside the phases (decode, checks)", totalMs - phases, 0));
        Console.WriteLine(Line("extract total (with decode)", totalMs, totalBytes));
        Console.WriteLine(string.Create(culture, $"ratio extract/(decode+parse) {totalMs / (decodeMs + parseMs):0.00}x"));
    }
}
