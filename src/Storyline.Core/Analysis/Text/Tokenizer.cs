using System.Collections.Frozen;

namespace Storyline.Core.Analysis.Text;

/// <summary>
/// Splits text into word, number and punctuation tokens and marks sentence starts. Hand-written because the
/// tagger needs the same tokens the training data has (possessive 's split off, abbreviations kept whole) and
/// must run at well over a megabyte a second; no maintained .NET library does both.
/// </summary>
public static class Tokenizer
{
    /// <summary>Longest token kept whole; longer runs (base64, URLs gone wrong) are cut so work stays bounded.</summary>
    public const int MaxTokenLength = 64;

    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cpt",
        "prof", "rev", "inc", "corp", "ltd", "co", "mt", "ft", "vs", "etc", "no", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "dept", "univ", "ave",
        "blvd", "pres", "atty", "adm", "maj", "supt", "cmdr", "hon", "messrs", "mme", "fig", "approx", "est",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The tokens of <paramref name="text"/>.</summary>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                // Storyline's texts keep one paragraph or heading per line: a line break ends a sentence.
                if (c == '\n') sentenceStart = true;
                i++;
                continue;
            }
            int end;
            if (char.IsLetterOrDigit(c)) end = ScanWord(text, i);
            else end = i + (char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1);
            // Possessive or contracted 's / ’s is its own token, as in the training data.
            var split = SplitPossessive(text, i, end);
            if (split > i && split < end)
            {
                tokens.Add(new Token(i, split, sentenceStart));
                sentenceStart = false;
                tokens.Add(new Token(split, end, false));
            }
            else
            {
                tokens.Add(new Token(i, end, sentenceStart));
                sentenceStart = false;
            }
            if (IsSentenceEnd(text, i, end)) sentenceStart = true;
            i = end;
        }
        return tokens;
    }

    private static int ScanWord(string text, int start)
    {
        var i = start + 1;
        while (i < text.Length && i - start < MaxTokenLength)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                    or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                i++;
                continue;
            }
            if (i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                // Inner connectors: well-known, 3.5, 1,200, O'Brien, AT&T.
                if (c is '-' or '\'' or '’' or '&' or '_') { i += 1; continue; }
                if (c is '.' or ',' && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])) { i += 1; continue; }
                if (c == '.' && char.IsLetter(text[i - 1]) && (i - 1 == start || text[i - 2] == '.') && char.IsLetter(text[i + 1])
                    && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))
                {
                    i += 1; // U.S, U.K (the final period is taken below)
                    continue;
                }
            }
            break;
        }
        // Abbreviation with its period: "Mr.", "St.", "U.S.", single capital initials "J.".
        if (i < text.Length && text[i] == '.')
        {
            var word = text.AsSpan(start, i - start);
            var initial = word.Length == 1 && char.IsUpper(word[0]);
            if (initial || word.Contains('.') || Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) i++;
        }
        return i;
    }

    private static int SplitPossessive(string text, int start, int end)
    {
        if (end - start < 3) return -1;
        var q = text[end - 2];
        if ((q == '\'' || q == '’') && (text[end - 1] == 's' || text[end - 1] == 'S')) return end - 2;
        if (end - start > 3 && text[end - 3] is 'n' or 'N' && (q == '\'' || q == '’') && text[end - 1] is 't' or 'T') return end - 3;
        return -1;
    }

    private static bool IsSentenceEnd(string text, int start, int end)
    {
        var last = text[end - 1];
        if (end - start == 1 && last is '!' or '?') return true;
        if (last != '.') return false;
        if (end - start > 1)
        {
            // "Mr." never ends a sentence; "U.S." or "Inc." does when a capital word follows a space.
            var word = text.AsSpan(start, end - start - 1);
            if (word.Length <= 1 || word is "Mr" or "Mrs" or "Ms" or "Dr" or "St" or "Gen" or "Sen" or "Rep" or "Gov" or "Prof" or "Rev" or "Lt" or "Col" or "Sgt" or "Capt" or "Mt" or "Ft" or "Messrs" or "Maj")
                return false;
        }
        var j = end;
        while (j < text.Length && text[j] is '”' or '"' or '’' or '\'' or ')') j++;
        while (j < text.Length && text[j] == ' ') j++;
        return j >= text.Length || !char.IsLower(text[j]);
    }
}
