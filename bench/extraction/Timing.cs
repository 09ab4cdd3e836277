using System.Diagnostics;
using AngleSharp.Html.Parser;
using Storyline.Core.Extraction;
using Storyline.Core.Text;

namespace Storyline.Bench.Extraction;

/// <summary>Times Storyline's extractor and AngleSharp parsing alone, interleaved in the same process, each page's fastest of N passes.</summary>
public sealed class Timing
{
    public required double ExtractSeconds { get; init; }
    public required double ParseSeconds { get; init; }
    public required double[] ExtractMsPerPage { get; init; }
    public required double[] ParseMsPerPage { get; init; }
    public required Dictionary<string, ExtractionOutcome> Outcomes { get; init; }

    public static Timing Run(IReadOnlyList<BenchPage> pages, int passes)
    {
        var extractor = new ArticleExtractor();
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var outcomes = new Dictionary<string, ExtractionOutcome>(StringComparer.Ordinal);
        var extractMs = new double[pages.Count];
        var parseMs = Enumerable.Repeat(double.MaxValue, pages.Count).ToArray();
        Array.Fill(extractMs, double.MaxValue);
        // Parse-only and extraction alternate page by page, so that load from other processes on a shared
        // machine weighs on both alike; each page keeps its fastest time over the passes.
        for (var pass = 0; pass < passes; pass++)
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var page = pages[i];
                var start = Stopwatch.GetTimestamp();
                var text = TextDecoder.Decode(page.Html, "utf-8");
                using (parser.ParseDocument(text)) { }
                parseMs[i] = Math.Min(parseMs[i], Stopwatch.GetElapsedTime(start).TotalMilliseconds);

                start = Stopwatch.GetTimestamp();
                var outcome = extractor.Extract(new SourceDocument { Origin = page.Id + ".html", Content = page.Html, ContentType = "text/html", Url = new Uri(page.Url) });
                extractMs[i] = Math.Min(extractMs[i], Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                outcomes[page.Id] = outcome;
            }
        }
        var bestExtract = extractMs.Sum() / 1000;
        var bestParse = parseMs.Sum() / 1000;
        return new Timing { ExtractSeconds = bestExtract, ParseSeconds = bestParse, ExtractMsPerPage = extractMs, ParseMsPerPage = parseMs, Outcomes = outcomes };
    }
}
