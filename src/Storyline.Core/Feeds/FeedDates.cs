using System.Globalization;
using System.Text.RegularExpressions;

namespace Storyline.Core.Feeds;

/// <summary>
/// Reads the dates feeds actually carry: RFC 822/1123 with or without weekday, seconds or a
/// four-digit year, named and military zones, ISO 8601 in its many spellings, and Unix times.
/// Hand-written because no maintained .NET library accepts this range; unknown zones count as UTC.
/// </summary>
public static partial class FeedDates
{
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "+00:00", ["UTC"] = "+00:00", ["GMT"] = "+00:00", ["Z"] = "+00:00", ["WET"] = "+00:00",
        ["BST"] = "+01:00", ["CET"] = "+01:00", ["MET"] = "+01:00", ["CEST"] = "+02:00", ["MEST"] = "+02:00",
        ["EET"] = "+02:00", ["EEST"] = "+03:00", ["MSK"] = "+03:00", ["IST"] = "+05:30", ["JST"] = "+09:00",
        ["KST"] = "+09:00", ["AEST"] = "+10:00", ["AEDT"] = "+11:00", ["NZST"] = "+12:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["AKST"] = "-09:00", ["AKDT"] = "-08:00", ["HST"] = "-10:00",
        ["A"] = "-01:00", ["M"] = "-12:00", ["N"] = "+01:00", ["Y"] = "+12:00",
    };

    private static readonly string[] Formats =
    [
        "d MMM yyyy H:m:s zzz", "d MMM yyyy H:m zzz", "d MMM yy H:m:s zzz", "d MMM yy H:m zzz",
        "d MMMM yyyy H:m:s zzz", "d MMMM yyyy H:m zzz", "d MMM yyyy zzz",
        "d MMM yyyy H:m:s", "d MMM yyyy H:m", "d MMM yyyy", "d MMMM yyyy",
        "yyyy-M-d'T'H:m:s.FFFFFFFzzz", "yyyy-M-d'T'H:m:szzz", "yyyy-M-d'T'H:mzzz",
        "yyyy-M-d H:m:s.FFFFFFFzzz", "yyyy-M-d H:m:szzz", "yyyy-M-d H:m:s zzz",
        "yyyy-M-d'T'H:m:s.FFFFFFF", "yyyy-M-d'T'H:m:s", "yyyy-M-d'T'H:m", "yyyy-M-d H:m:s", "yyyy-M-d H:m",
        "yyyy-M-d", "yyyyMMdd'T'HHmmsszzz", "yyyyMMdd'T'HHmmss", "yyyy/M/d H:m:s", "yyyy/M/d",
        "MMM d, yyyy H:m:s zzz", "MMM d, yyyy h:m tt", "MMM d, yyyy H:m", "MMMM d, yyyy", "MMM d, yyyy",
        "M/d/yyyy H:m:s", "M/d/yyyy h:m:s tt", "M/d/yyyy",
        "d.M.yyyy H:m:s", "d.M.yyyy H:m", "d.M.yyyy",
    ];

    /// <summary>Parses <paramref name="text"/>; null when it holds no date this reader understands.</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        // Fast paths for the two spellings most feeds use (RFC 1123 "…GMT" and ISO 8601); the rest go through normalisation.
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length >= 20 && trimmed[4] == '-' && trimmed[10] == 'T'
            && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso)) return Sane(iso);
        if (trimmed.EndsWith(" GMT", StringComparison.Ordinal)
            && DateTimeOffset.TryParseExact(trimmed, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var rfc)) return Sane(rfc);

        var s = Normalise(text);
        if (s.Length is 0 or > 100) return null;

        if (long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var unix) && s.Length is 9 or 10)
            return DateTimeOffset.FromUnixTimeSeconds(unix);

        const DateTimeStyles styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        if (DateTimeOffset.TryParseExact(s, Formats, CultureInfo.InvariantCulture, styles, out var exact)) return Sane(exact);
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, styles, out var loose)) return Sane(loose);
        return null;
    }

    private static DateTimeOffset? Sane(DateTimeOffset value) =>
        value.Year is < 1970 or > 2200 ? null : value;

    private static string Normalise(string text)
    {
        var s = Whitespace().Replace(text.Trim(), " ");
        // The weekday adds nothing and is often wrong or misspelt ("Tues,", "Thurs").
        s = Weekday().Replace(s, "");
        // "2024-03-05T10:00:00+0100" and "+01" need a colon for "zzz".
        s = OffsetNoColon().Replace(s, m => $"{m.Groups[1].Value}{m.Groups[2].Value}:{m.Groups[3].Value}");
        s = OffsetHoursOnly().Replace(s, m => $"{m.Groups[1].Value}{m.Groups[2].Value}:00");
        s = ZoneName().Replace(s, m => Zones.TryGetValue(m.Groups[2].Value, out var offset) ? m.Groups[1].Value + offset : m.Value);
        // A trailing "Z" after a time ("10:00:00Z", "10:00:00.123Z").
        if (s.EndsWith('Z') && s.Length > 1 && char.IsDigit(s[^2])) s = s[..^1] + "+00:00";
        // Ordinals ("March 5th, 2024") and dotted month abbreviations ("Sept.") trip the exact formats.
        s = Ordinal().Replace(s, "$1");
        s = s.Replace("Sept", "Sep", StringComparison.OrdinalIgnoreCase).Replace(".,", ",", StringComparison.Ordinal);
        return s.Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"([+-])(\d{2})(\d{2})$")]
    private static partial Regex OffsetNoColon();

    [GeneratedRegex(@"(?<=\d:\d{2}(?::\d{2}(?:\.\d+)?)?)([+-])(\d{2})$")]
    private static partial Regex OffsetHoursOnly();

    [GeneratedRegex(@"(\s|(?<=\d))([A-Za-z]{1,4})$")]
    private static partial Regex ZoneName();

    [GeneratedRegex(@"\b(\d{1,2})(st|nd|rd|th)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();
}
