using System.Text.RegularExpressions;
using Storyline.Core.Analysis;

namespace Storyline.Bench.Analysis;

/// <summary>The issue's ~40-line regex baseline: curly and straight quotes, "said NAME" / "NAME said", he/she = last speaker.</summary>
public static partial class RegexQuoteBaseline
{
    [GeneratedRegex("[“\"]([^”\"\n]{2,}?)[”\"]")]
    private static partial Regex Quote();

    [GeneratedRegex(@"^[\s,—-]*(?:(?<who>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*|he|she)\s+(?:said|says|told|added)|(?:said|says|added)\s+(?<who>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*))")]
    private static partial Regex After();

    [GeneratedRegex(@"(?<who>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*|[Hh]e|[Ss]he)\s+(?:said|says|told \w+|added)[:,]?\s*$")]
    private static partial Regex Before();

    public static List<QuoteMention> Find(string text)
    {
        var quotes = new List<QuoteMention>();
        string? last = null;
        foreach (Match m in Quote().Matches(text))
        {
            var after = text.Substring(m.Index + m.Length, Math.Min(80, text.Length - m.Index - m.Length));
            var before = text.Substring(Math.Max(0, m.Index - 80), Math.Min(80, m.Index));
            var hit = After().Match(after);
            if (!hit.Success) hit = Before().Match(before);
            string? speaker = null;
            if (hit.Success)
            {
                var who = hit.Groups["who"].Value;
                speaker = who is "he" or "she" or "He" or "She" ? last : who;
                last = speaker ?? last;
            }
            var g = m.Groups[1];
            quotes.Add(new QuoteMention(speaker, g.Value, g.Index, g.Index + g.Length));
        }
        return quotes;
    }
}
