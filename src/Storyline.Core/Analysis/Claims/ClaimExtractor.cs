using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Storyline.Core.Analysis.Claims;

/// <summary>
/// Numbers with what they count ("18 municipal districts", "62 centimetres", "4.2 million", "35%") and dates
/// ("September 12, 2022", "Sept. 11"), each with its sentence.
/// </summary>
public static partial class ClaimExtractor
{
    /// <summary>At most this many claims per text.</summary>
    public const int MaxClaims = 2_000;

    /// <summary>Unit used for dates; <see cref="NumericClaim.Value"/> is then yyyymmdd (or yyyy, or mmdd without a year).</summary>
    public const string DateUnit = "date";

    private static readonly FrozenSet<string> Stops = new[]
    {
        "the", "a", "an", "of", "to", "in", "on", "at", "and", "or", "for", "with", "by", "from", "as", "is", "was",
        "were", "are", "be", "been", "that", "which", "who", "this", "these", "those", "has", "have", "had", "will",
        "would", "its", "their", "his", "her", "than", "more", "less", "per", "after", "before", "into", "over",
        "under", "about", "around", "since", "ago", "earlier", "later", "while", "but", "so", "if", "not", "also",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12, ["bn"] = 1e9, ["m"] = 1e6, ["k"] = 1e3,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, double> Words = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["dozen"] = 12, ["twenty"] = 20, ["hundred"] = 100, ["hundreds"] = 100,
        ["thousands"] = 1000, ["dozens"] = 12, ["fifteen"] = 15, ["fifty"] = 50, ["thirty"] = 30, ["forty"] = 40,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<![\w.,/-])(?<cur>[$£€¥])?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens?|hundreds|thousands))(?![\w,.]?\d)(?:\s?(?<scale>thousand|million|billion|trillion|bn|m|k)\b)?(?<pct>\s?(?:%|per ?cent\b))?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\b(?:(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s(?<year>(?:19|20)\d{2}))?|(?<day>\d{1,2})(?:st|nd|rd|th)?\s(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?:,?\s(?<year>(?:19|20)\d{2}))?)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\b(?:in|since|by|until|of|from)\s(?<year>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex YearPattern();

    /// <summary>The numeric claims and dates of <paramref name="text"/>, in text order.</summary>
    public static List<NumericClaim> Extract(string text)
    {
        var claims = new List<NumericClaim>();
        var taken = new List<(int, int)>();
        try
        {
            foreach (Match m in DatePattern().Matches(text))
            {
                if (claims.Count >= MaxClaims) break;
                var month = Array.FindIndex(Months, p => m.Groups["month"].Value.StartsWith(p, StringComparison.OrdinalIgnoreCase)) + 1;
                var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
                if (day is < 1 or > 31) continue;
                var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : 0;
                claims.Add(Claim(text, m.Index, m.Index + m.Length, (year * 10000) + (month * 100) + day, DateUnit));
                taken.Add((m.Index, m.Index + m.Length));
            }
            foreach (Match m in YearPattern().Matches(text))
            {
                var g = m.Groups["year"];
                if (claims.Count >= MaxClaims || Overlaps(taken, g.Index, g.Index + g.Length)) continue;
                claims.Add(Claim(text, g.Index, g.Index + g.Length, int.Parse(g.Value, CultureInfo.InvariantCulture), DateUnit));
                taken.Add((g.Index, g.Index + g.Length));
            }
            foreach (Match m in NumberPattern().Matches(text))
            {
                if (claims.Count >= MaxClaims) break;
                if (Overlaps(taken, m.Index, m.Index + m.Length)) continue;
                var claim = Number(text, m);
                if (claim is not null) claims.Add(claim);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological input: keep what was found so far rather than fail the whole analysis.
        }
        claims.Sort((a, b) => a.Start.CompareTo(b.Start));
        return claims;
    }

    private static NumericClaim? Number(string text, Match m)
    {
        var raw = m.Groups["num"].Value;
        double value;
        if (char.IsDigit(raw[0]))
        {
            if (!double.TryParse(raw.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out value)) return null;
        }
        else value = Words[raw];
        var scale = m.Groups["scale"];
        if (scale.Success) value *= Scales[scale.Value];
        var end = m.Index + m.Length;
        string unit;
        if (m.Groups["pct"].Success) unit = "%";
        else
        {
            var (unitEnd, words) = UnitAfter(text, end);
            unit = words;
            if (unit.Length > 0) end = unitEnd;
        }
        if (m.Groups["cur"].Success) unit = m.Groups["cur"].Value + (unit.Length > 0 ? " " + unit : "");
        // A bare number word or a bare small integer says nothing on its own ("one of", "2 of 3").
        if (unit.Length == 0 && !scale.Success && (!char.IsDigit(raw[0]) || value < 10)) return null;
        if (unit.Length == 0 && !scale.Success && raw.Length == 4 && value is >= 1900 and <= 2100)
            return Claim(text, m.Index, m.Index + m.Length, value, DateUnit);
        return Claim(text, m.Index, end, value, unit);
    }

    private static (int End, string Unit) UnitAfter(string text, int at)
    {
        var words = new List<(int Start, int End)>();
        var i = at;
        while (words.Count < 3)
        {
            var j = i;
            if (j < text.Length && text[j] == ' ') j++;
            else if (words.Count > 0 || j >= text.Length || !char.IsLetter(text[j])) break; // "62cm" has no space
            var s = j;
            while (j < text.Length && (char.IsLetter(text[j]) || (text[j] == '-' && j > s))) j++;
            if (j == s || char.IsUpper(text[s]) && words.Count == 0 && !(j - s <= 3)) break;
            if (Stops.Contains(text[s..j]) || char.IsUpper(text[s])) break;
            words.Add((s, j));
            i = j;
            if (j < text.Length && text[j] != ' ') break;
        }
        if (words.Count == 0) return (at, "");
        // Keep adjective + noun ("municipal districts") but not a following verb: stop after a plural noun.
        var keep = words.Count;
        for (var k = 0; k < words.Count - 1; k++)
            if (text[words[k].End - 1] == 's' && !text[words[k].Start..words[k].End].EndsWith("ss", StringComparison.Ordinal)) { keep = k + 1; break; }
        return (words[keep - 1].End, text[words[0].Start..words[keep - 1].End]);
    }

    private static NumericClaim Claim(string text, int start, int end, double value, string unit) =>
        new(text[start..end], value, unit, start, end) { Sentence = SentenceAround(text, start, end) };

    private static string SentenceAround(string text, int start, int end)
    {
        const int Reach = 400;
        var s = start;
        while (s > 0 && start - s < Reach && text[s - 1] != '\n' && !(s >= 2 && text[s - 1] == ' ' && text[s - 2] is '.' or '!' or '?')) s--;
        var e = end;
        while (e < text.Length && e - end < Reach && text[e] != '\n' && !(text[e] is '.' or '!' or '?' && (e + 1 >= text.Length || text[e + 1] is ' ' or '\n'))) e++;
        if (e < text.Length && text[e] is '.' or '!' or '?') e++;
        return text[s..e].Trim();
    }

    private static bool Overlaps(List<(int Start, int End)> taken, int start, int end) => taken.Exists(t => t.Start < end && start < t.End);
}
