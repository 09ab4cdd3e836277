using System.Globalization;
using System.Text.RegularExpressions;

namespace Storyline.Core.Extraction.Html;

/// <summary>Reads the publication dates pages state: ISO 8601 and its common variants, RFC 1123, "November 19, 2019", and dates in URLs.</summary>
internal static partial class DateParser
{
    private static readonly DateTimeOffset Earliest = new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Latest = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd", "yyyy/MM/dd", "yyyy/MM/dd HH:mm:ss", "yyyy/MM/dd HH:mm", "yyyyMMdd", "yyyyMMdd'T'HHmmssK", "yyyy.MM.dd",
        "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, dd MMM yyyy HH:mm:ss zzz",
        "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy h:mm tt", "MMM. d, yyyy",
        "dd.MM.yyyy", "dd.MM.yyyy HH:mm", "MM/dd/yyyy", "MM/dd/yyyy HH:mm",
    ];

    /// <summary>The instant <paramref name="value"/> states, or null; dates before 1990 or after 2100 are taken as errors.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 100) return null;
        var s = Whitespace().Replace(value.Trim(), " ");
        s = OrdinalSuffix().Replace(s, "$1");
        s = CompactOffset().Replace(s, "$1$2:$3");
        s = s.Replace(" at ", " ", StringComparison.OrdinalIgnoreCase).Replace("Sept ", "Sep ", StringComparison.Ordinal);
        if (s.EndsWith('Z') && !s.Contains('T', StringComparison.Ordinal) && s.Length > 1) s = s[..^1].TrimEnd() + "Z";
        if (DateTimeOffset.TryParseExact(s, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var exact))
            return Plausible(exact);
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var loose))
            return Plausible(loose);
        if (long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch) && epoch > 600_000_000)
            return Plausible(epoch > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(epoch) : DateTimeOffset.FromUnixTimeSeconds(epoch));
        var embedded = EmbeddedIso().Match(s);
        return embedded.Success && DateTimeOffset.TryParseExact(embedded.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var day)
            ? Plausible(day)
            : null;
    }

    /// <summary>A date written into the page's address (/2019/11/19/ or /2019-11-19-), or null.</summary>
    public static DateTimeOffset? FromUrl(string? url)
    {
        if (url is null) return null;
        var match = UrlDate().Match(url);
        if (!match.Success) return null;
        var y = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var m = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var d = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return Plausible(new DateTimeOffset(y, m, d, 0, 0, 0, TimeSpan.Zero));
    }

    private static DateTimeOffset? Plausible(DateTimeOffset value) => value >= Earliest && value < Latest ? value : null;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(\d)(?:st|nd|rd|th)\b")]
    private static partial Regex OrdinalSuffix();

    [GeneratedRegex(@"(\d)([+-]\d{2})(\d{2})$")]
    private static partial Regex CompactOffset();

    [GeneratedRegex(@"\b(?:19|20)\d{2}-[01]\d-[0-3]\d\b")]
    private static partial Regex EmbeddedIso();

    [GeneratedRegex(@"[/_-]((?:19|20)\d{2})[/_-]([01]?\d)[/_-]([0-3]?\d)(?:[/_.-]|$)")]
    private static partial Regex UrlDate();
}
