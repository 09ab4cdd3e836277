namespace Storyline.Core.Analysis.Quotes;

/// <summary>
/// Finds quoted stretches: curly (“…”), straight ("…"), guillemets («…») and low-high („…“) marks, closed within a
/// paragraph or left open to the paragraph's end (multi-paragraph quotes, unbalanced marks). Hand-written: it is
/// a small state machine over paragraphs that keeps offsets, which no library offers.
/// </summary>
public static class QuoteFinder
{
    /// <summary>At most this many quotes per text, so hostile input cannot make the result unbounded.</summary>
    public const int MaxQuotes = 5_000;

    /// <summary>Shorter quoted stretches ("a", "I") are not quotes.</summary>
    public const int MinQuoteLength = 2;

    /// <summary>The quoted stretches of <paramref name="text"/>, in order.</summary>
    public static List<QuoteSpan> Find(string text)
    {
        var quotes = new List<QuoteSpan>();
        var paragraphStart = 0;
        var previousLeftOpen = false;
        while (paragraphStart < text.Length && quotes.Count < MaxQuotes)
        {
            var paragraphEnd = text.IndexOf('\n', paragraphStart);
            if (paragraphEnd < 0) paragraphEnd = text.Length;
            if (IsBlank(text, paragraphStart, paragraphEnd))
            {
                paragraphStart = paragraphEnd + 1;
                continue; // blank lines separate paragraphs without breaking a multi-paragraph quote
            }
            previousLeftOpen = ScanParagraph(text, paragraphStart, paragraphEnd, previousLeftOpen, quotes);
            paragraphStart = paragraphEnd + 1;
        }
        return quotes;
    }

    private static bool ScanParagraph(string text, int from, int to, bool previousLeftOpen, List<QuoteSpan> quotes)
    {
        var open = -1;
        var depth = 0;
        var first = true;
        var firstChar = FirstNonSpace(text, from, to);
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (open < 0)
            {
                if (IsOpening(text, i, from)) open = i;
                continue;
            }
            // Curly quotes nest ("he calls “hell” than live…”): count them so the inner pair does not end the outer quote.
            if (c == '“' && text[open] == '“' && IsOpening(text, i, from)) { depth++; continue; }
            if (!IsClosing(text, i, open)) continue;
            if (depth > 0 && c == '”') { depth--; continue; }
            Add(quotes, text, open, i, first && previousLeftOpen && open == firstChar);
            first = false;
            open = -1;
            depth = 0;
        }
        if (open < 0) return false;
        Add(quotes, text, open, -1, first && previousLeftOpen && open == firstChar, to);
        return true;
    }

    private static void Add(List<QuoteSpan> quotes, string text, int open, int close, bool continues, int paragraphEnd = -1)
    {
        if (quotes.Count >= MaxQuotes) return;
        var start = open + 1;
        var end = close >= 0 ? close : paragraphEnd;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end - start < MinQuoteLength) return;
        quotes.Add(new QuoteSpan(open, start, end, close, continues));
    }

    private static bool IsOpening(string text, int i, int paragraphStart)
    {
        var c = text[i];
        if (c is not ('“' or '"' or '«' or '„')) return false;
        if (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) return false;
        if (c != '"') return true;
        // A straight mark opens at a paragraph start or after a space, bracket or dash.
        return i == paragraphStart || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or ':' or '-';
    }

    private static bool IsClosing(string text, int i, int open)
    {
        var c = text[i];
        return text[open] switch
        {
            '“' => c == '”' || (c == '"' && i > 0 && !char.IsWhiteSpace(text[i - 1])),
            '"' => c is '"' or '”',
            '«' => c == '»',
            '„' => c is '“' or '”' or '"',
            _ => false,
        };
    }

    private static int FirstNonSpace(string text, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from])) from++;
        return from;
    }

    private static bool IsBlank(string text, int from, int to) => FirstNonSpace(text, from, to) == to;
}
