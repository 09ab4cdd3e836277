using System.Diagnostics;
using System.Globalization;
using AngleSharp.Html.Parser;
using Storyline.Core.Extraction;
using Storyline.Core.Extraction.Html;
using Storyline.Core.Text;

namespace Storyline.Bench.Extraction;

/// <summary>
/// <c>--profile</c>: where extraction time goes, per phase, with allocated bytes, next to decoding and parse-only
/// (no profiler is installed on the machines; Stopwatch and the allocation counter are enough to rank the phases).
/// </summary>
public static class Profile
{
    public static void Run(IReadOnlyList<BenchPage> pages, int passes)
    {
        var culture = CultureInfo.InvariantCulture;
        var extractor = new ArticleExtractor();
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        foreach (var page in pages) extractor.Extract(Source(page)); // warm-up: JIT and tiering
        double decodeMs = 0, parseMs = 0, totalMs = 0;
        long decodeBytes = 0, parseBytes = 0, totalBytes = 0;
        HtmlExtractionProfile.Reset();
        HtmlExtractionProfile.Enabled = true;
        var gcBefore = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2);
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var page in pages)
            {
                var (start, bytes) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
                var text = TextDecoder.Decode(page.Html, "utf-8");
                decodeMs += Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                decodeBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
                (start, bytes) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
                using (parser.ParseDocument(text)) { }
                parseMs += Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                parseBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
                (start, bytes) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
                extractor.Extract(Source(page));
                totalMs += Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                totalBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
            }
        }
        HtmlExtractionProfile.Enabled = false;
        var gcs = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2) - gcBefore;
        var n = (double)pages.Count * passes;
        string Line(string name, double ms, long bytes) =>
            string.Create(culture, $"| {name} | {ms / n:0.000} | {ms / parseMs:0.00} | {bytes / n / 1024:0} |");
        Console.WriteLine($"{pages.Count} pages × {passes} passes, mean per page; {gcs} collections during the measured passes");
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

    private static SourceDocument Source(BenchPage page) =>
        new() { Origin = page.Id + ".html", Content = page.Html, ContentType = "text/html", Url = new Uri(page.Url) };
}
