using System.Globalization;
using System.Text;

namespace Storyline.Bench.Extraction;

/// <summary>
/// The scrapinghub article-extraction-benchmark metric (evaluate.py at commit 4a3bc97), ported as its README in
/// shared/data/extraction/scrapinghub defines it: Python-style \w tokens, 4-token shingle multisets, per-page
/// normalised counts, macro precision and recall, F1 of the two means, exact token-sequence accuracy.
/// </summary>
public static class ShingleMetric
{
    private const int ShingleSize = 4;
    private const int BootstrapRounds = 1000;

    /// <summary>Python 3's <c>re.findall(r'\w+', text)</c>: runs of code points that are alphanumeric or '_'.</summary>
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWord(rune)) current.Append(rune.ToString());
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0) tokens.Add(current.ToString());
        return tokens;
    }

    private static bool IsWord(Rune r) => r.Value == '_' || Rune.GetUnicodeCategory(r) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or
        UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or
        UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    private static Dictionary<string, int> Shingles(List<string> tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var windows = Math.Max(1, tokens.Count - (ShingleSize - 1));
        for (var i = 0; i < windows; i++)
        {
            var end = Math.Min(tokens.Count, i + ShingleSize);
            if (end <= i) continue; // empty window: an empty text has no shingle
            // \u0001 cannot occur inside a \w token, so joined keys are unambiguous.
            var key = string.Join('\u0001', tokens.GetRange(i, end - i));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    /// <summary>Normalised tp/fp/fn and exact match for one page.</summary>
    public static PageScore ScorePage(string truth, string prediction)
    {
        var trueTokens = Tokenize(truth);
        var predTokens = Tokenize(prediction);
        var t = Shingles(trueTokens);
        var p = Shingles(predTokens);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, cT) in t)
        {
            var cP = p.GetValueOrDefault(key);
            tp += Math.Min(cT, cP);
            fn += Math.Max(0, cT - cP);
            fp += Math.Max(0, cP - cT);
        }
        foreach (var (key, cP) in p)
            if (!t.ContainsKey(key)) fp += cP;
        var s = tp + fp + fn;
        if (s > 0) { tp /= s; fp /= s; fn /= s; }
        return new PageScore(tp, fp, fn, trueTokens.SequenceEqual(predTokens, StringComparer.Ordinal));
    }

    /// <summary>Corpus figures over the pages' scores; the ± is the bootstrap standard deviation (seeded, unlike the original).</summary>
    public static CorpusScore Aggregate(IReadOnlyList<PageScore> pages, int seed = 42)
    {
        var point = Point(pages);
        var random = new Random(seed);
        var f1s = new double[BootstrapRounds];
        var sample = new PageScore[pages.Count];
        for (var round = 0; round < BootstrapRounds; round++)
        {
            for (var i = 0; i < sample.Length; i++) sample[i] = pages[random.Next(pages.Count)];
            f1s[round] = Point(sample).F1;
        }
        var mean = f1s.Average();
        var sd = Math.Sqrt(f1s.Sum(f => (f - mean) * (f - mean)) / f1s.Length);
        return point with { F1StdDev = sd };
    }

    private static CorpusScore Point(IReadOnlyList<PageScore> pages)
    {
        double pSum = 0, rSum = 0;
        int pN = 0, rN = 0, exact = 0;
        foreach (var page in pages)
        {
            var (tp, fp, fn) = (page.Tp, page.Fp, page.Fn);
            var allZero = fp == 0 && fn == 0;
            if (tp + fp > 0) { pSum += allZero ? 1 : tp / (tp + fp); pN++; }
            if (tp + fn > 0) { rSum += allZero ? 1 : tp / (tp + fn); rN++; }
            if (page.Exact) exact++;
        }
        var precision = pN == 0 ? 0 : pSum / pN;
        var recall = rN == 0 ? 0 : rSum / rN;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new CorpusScore(f1, precision, recall, pages.Count == 0 ? 0 : (double)exact / pages.Count, 0);
    }
}

/// <summary>One page's normalised shingle counts and whether the token sequences match exactly.</summary>
public readonly record struct PageScore(double Tp, double Fp, double Fn, bool Exact)
{
    /// <summary>Per-page F1, used only to list the worst pages.</summary>
    public double F1 => Tp == 0 ? 0 : 2 * Tp / (2 * Tp + Fp + Fn);
}

/// <summary>Corpus figures as the benchmark reports them.</summary>
public readonly record struct CorpusScore(double F1, double Precision, double Recall, double Accuracy, double F1StdDev);
