using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Storyline.Core.Analysis.Coreference;

/// <summary>Spelling-tolerant comparison of names: "St. Petersburg" = "St Petersburg", "Fred Pleitgen" ~ "Frederik Pleitgen".</summary>
public static class NameMatcher
{
    /// <summary>Words that precede a name without being part of it.</summary>
    public static readonly FrozenSet<string> Titles = new[]
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lady", "lord", "deputy", "president",
        "senator", "sen", "rep", "representative", "gov", "governor", "mayor", "minister", "chancellor", "king", "queen",
        "prince", "princess", "pope", "judge", "justice", "officer", "sgt", "sergeant", "capt", "captain", "col",
        "colonel", "lt", "lieutenant", "gen", "general", "rev", "reverend", "father", "sister", "brother", "chairman",
        "chairwoman", "secretary", "ambassador", "commissioner", "councillor", "councilor", "congressman",
        "congresswoman", "correspondent", "anchor", "spokesman", "spokeswoman", "spokesperson", "chief", "coach",
        "director", "premier", "sheikh", "ayatollah", "adm", "admiral", "maj", "major", "detective", "inspector",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> Nicknames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["bill"] = "william", ["will"] = "william", ["bob"] = "robert", ["rob"] = "robert", ["bobby"] = "robert",
        ["mike"] = "michael", ["jim"] = "james", ["jimmy"] = "james", ["joe"] = "joseph", ["tom"] = "thomas",
        ["dick"] = "richard", ["rick"] = "richard", ["ted"] = "edward", ["ed"] = "edward", ["tony"] = "anthony",
        ["liz"] = "elizabeth", ["beth"] = "elizabeth", ["kate"] = "katherine", ["katie"] = "katherine",
        ["peggy"] = "margaret", ["maggie"] = "margaret", ["chuck"] = "charles", ["charlie"] = "charles",
        ["jack"] = "john", ["johnny"] = "john", ["dan"] = "daniel", ["danny"] = "daniel", ["dave"] = "david",
        ["steve"] = "stephen", ["sasha"] = "alexander", ["dima"] = "dmitry", ["vova"] = "vladimir", ["misha"] = "mikhail",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Lower case, no diacritics, no periods, single spaces, no leading "the" or title.</summary>
    public static string Normalize(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '.' or '\'' or '’') continue;
            if (char.IsWhiteSpace(c) || c is '-' or '‐')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(char.ToLowerInvariant(c));
        }
        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && (words[0] == "the" || Titles.Contains(words[0]))) words.RemoveAt(0);
        return string.Join(' ', words);
    }

    /// <summary>The words of a normalised name.</summary>
    public static string[] Words(string normalized) => normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether two given names can be the same person's: equal, a nickname, or one a 3+ letter prefix of the other.</summary>
    public static bool SameGivenName(string a, string b)
    {
        if (a == b) return true;
        var fa = Nicknames.GetValueOrDefault(a, a);
        var fb = Nicknames.GetValueOrDefault(b, b);
        if (fa == fb) return true;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= 3 && longer.StartsWith(shorter, StringComparison.Ordinal);
    }

    /// <summary>Whether two normalised person names are compatible: same surname and compatible given names, or one is the bare surname of the other.</summary>
    public static bool SamePerson(string a, string b)
    {
        if (a == b) return true;
        var wa = Words(a);
        var wb = Words(b);
        if (wa.Length == 0 || wb.Length == 0 || wa[^1] != wb[^1]) return false;
        if (wa.Length == 1 || wb.Length == 1) return true;
        return SameGivenName(wa[0], wb[0]);
    }

    /// <summary>The name without leading title words ("Mr Palyuga" → "Palyuga"), as offsets into <paramref name="text"/>.</summary>
    public static (int Start, int End) StripTitles(string text, int start, int end)
    {
        while (true)
        {
            var space = text.IndexOf(' ', start, end - start);
            if (space < 0) return (start, end);
            var word = text.AsSpan(start, space - start).TrimEnd('.');
            if (!Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return (start, end);
            start = space + 1;
        }
    }
}
