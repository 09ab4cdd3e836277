using Storyline.Core.Analysis;

namespace Storyline.Bench.Analysis;

/// <summary>
/// Direct quotes and speakers on PolNeAR (evaluation only). A gold quotation is found when predicted spans cover
/// at least half of its characters; a predicted span is right when at least half of it lies in gold quotations.
/// A found quotation is attributed when the last word of the predicted speaker (its surname) is one of the words
/// of the gold source span ("Patrick McGinley, a law professor" matches "McGinley"; case-insensitive,
/// possessives and apostrophe styles normalised). Speaker precision counts found quotations given a speaker;
/// recall counts gold quotations that have a source.
/// </summary>
public static class QuoteBench
{
    public static void Run(string shared, string compartment, bool verbose)
    {
        var articles = PolnearCorpus.Load(Path.Combine(shared, "data", "quotes", "polnear", compartment));
        Console.WriteLine($"## Quotes: PolNeAR {compartment}, {articles.Count} articles, {articles.Sum(a => a.Quotes.Count)} gold direct quotations");
        Console.WriteLine($"{"system",-22} {"",-8} {"P",6} {"R",6} {"F1",6}");
        var analyzer = new ArticleAnalyzer();
        Report("storyline", articles, a => analyzer.Analyze(a.Text).Quotes, verbose);
        Report("regex baseline", articles, a => RegexQuoteBaseline.Find(a.Text), false);
    }

    private static void Report(string name, List<PolnearCorpus.Article> articles, Func<PolnearCorpus.Article, IReadOnlyList<QuoteMention>> system, bool verbose)
    {
        int gold = 0, predicted = 0, right = 0, found = 0, withSource = 0, attributedTried = 0, attributed = 0;
        foreach (var a in articles)
        {
            var quotes = system(a);
            var pieces = a.Quotes.SelectMany(q => q.Pieces).ToList();
            predicted += quotes.Count;
            right += quotes.Count(q => 2 * Overlap((q.Start, q.End), pieces) >= q.End - q.Start);
            foreach (var g in a.Quotes)
            {
                gold++;
                var length = g.Pieces.Sum(p => p.End - p.Start);
                var covered = g.Pieces.Sum(p => quotes.Sum(q => Math.Max(0, Math.Min(p.End, q.End) - Math.Max(p.Start, q.Start))));
                var isFound = 2 * covered >= length;
                if (isFound) found++;
                if (g.Source is not null) withSource++;
                if (!isFound) continue;
                // A quotation in several pieces ("…," he said. "…") is one quotation: its speaker is the speaker of the
                // most-overlapping piece that has one, not necessarily of the longest piece.
                var overlapping = quotes.Where(q => Overlap((q.Start, q.End), g.Pieces) > 0).OrderByDescending(q => Overlap((q.Start, q.End), g.Pieces)).ToList();
                var best = overlapping.FirstOrDefault(q => q.Speaker is not null) ?? overlapping[0];
                if (best.Speaker is null)
                {
                    if (verbose) Console.WriteLine($"    none {a.Name}: gold [{g.Source}] “{Clip(a.Text, g.Pieces[0])}” ctx: {a.Text[Math.Max(0, g.Pieces[0].Start - 100)..g.Pieces[0].Start].ReplaceLineEndings("/")}");
                    continue;
                }
                attributedTried++;
                var ok = g.Source is not null && Words(g.Source).Contains(Surname(best.Speaker));
                if (ok) attributed++;
                else if (verbose) Console.WriteLine($"    miss {a.Name}: gold [{g.Source}] ours [{best.Speaker}] cue [{best.Cue}] “{Clip(a.Text, g.Pieces[0])}” ctx: {a.Text[Math.Max(0, g.Pieces[0].Start - 120)..Math.Min(a.Text.Length, g.Pieces[^1].End + 60)].ReplaceLineEndings("/")}");
            }
        }
        Console.WriteLine($"{name,-22} {"spans",-8} {new SpanScore(gold, predicted, right, found)}");
        Console.WriteLine($"{name,-22} {"speakers",-8} {new SpanScore(withSource, attributedTried, attributed, attributed)}");
    }

    private static string Clip(string text, (int Start, int End) p) => text[p.Start..Math.Min(p.End, p.Start + 60)];

    private static int Overlap((int Start, int End) span, List<(int Start, int End)> pieces) =>
        pieces.Sum(p => Math.Max(0, Math.Min(span.End, p.End) - Math.Max(span.Start, p.Start)));

    private static HashSet<string> Words(string source) =>
        source.Split([' ', '\n', '\t', ',', '.', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Select(Surname).ToHashSet();

    /// <summary>Last word, lower case, without a possessive.</summary>
    public static string Surname(string name)
    {
        var words = name.Split([' ', '\n', '\t', ',', '.'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return "";
        var last = words[^1].ToLowerInvariant().Replace('’', '\'');
        if (last.EndsWith("'s", StringComparison.Ordinal)) last = last[..^2];
        return last.Trim('\'', '’', '"', '“', '”', '(', ')');
    }
}
