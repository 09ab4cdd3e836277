using System.Net;
using System.Text.RegularExpressions;

namespace Storyline.Core.Feeds;

/// <summary>Small text helpers shared by the format parsers: HTML in titles, hashtags, author names, links.</summary>
public static partial class FeedText
{
    /// <summary>Longest title kept, in characters; feeds that put the whole article in the title are cut.</summary>
    public const int MaxTitleChars = 1_000;

    /// <summary>Plain text from a string that may carry tags and entities (titles, names).</summary>
    public static string? Plain(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = value;
        // Twice: titles are often double-escaped ("&amp;lt;b&amp;gt;").
        for (var i = 0; i < 2 && (s.Contains('<', StringComparison.Ordinal) || s.Contains('&', StringComparison.Ordinal)); i++)
            s = WebUtility.HtmlDecode(Tag().Replace(s, " "));
        s = Tag().Replace(s, " ");
        s = Spaces().Replace(s, " ").Trim();
        if (s.Length > MaxTitleChars) s = s[..MaxTitleChars].TrimEnd() + "…";
        return s.Length == 0 ? null : s;
    }

    /// <summary>Plain text of an HTML fragment for hashing and length checks (tags dropped, entities decoded).</summary>
    public static string HtmlToText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";
        var s = html.Contains("<script", StringComparison.OrdinalIgnoreCase) || html.Contains("<style", StringComparison.OrdinalIgnoreCase)
            ? ScriptOrStyle().Replace(html, " ")
            : html;
        if (s.Contains('<', StringComparison.Ordinal)) s = Tag().Replace(s, " ");
        if (s.Contains('&', StringComparison.Ordinal)) s = WebUtility.HtmlDecode(s);
        return Spaces().Replace(s, " ").Trim();
    }

    /// <summary>Hashtags ("#Kolpino") in plain text, without the hash sign.</summary>
    public static IEnumerable<string> Hashtags(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        foreach (Match m in Hashtag().Matches(text)) yield return m.Groups[1].Value;
    }

    /// <summary>An author's display name: "jane@example.org (Jane Doe)" gives "Jane Doe"; a bare address is not a name.</summary>
    public static string? AuthorName(string? value)
    {
        var plain = Plain(value);
        if (plain is null) return null;
        var paren = EmailWithName().Match(plain);
        if (paren.Success) return paren.Groups[1].Value.Trim();
        var angle = NameWithEmail().Match(plain);
        if (angle.Success) return angle.Groups[1].Value.Trim().Trim('"');
        // E-mail addresses are never shown (DESIGN.md); keep the local part as the visible name.
        return BareEmail().IsMatch(plain) ? plain[..plain.IndexOf('@', StringComparison.Ordinal)] : plain;
    }

    /// <summary>Resolves <paramref name="value"/> against <paramref name="baseUri"/>; only http(s) results are kept.</summary>
    public static Uri? Resolve(string? value, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = value.Trim();
        if (s.StartsWith("//", StringComparison.Ordinal)) s = (baseUri?.Scheme ?? "https") + ":" + s;
        // On Unix "/path" parses as an absolute file URI, so rooted paths are always treated as relative.
        if (!s.StartsWith('/') && Uri.TryCreate(s, UriKind.Absolute, out var absolute)) return IsWeb(absolute) ? absolute : null;
        if (baseUri is null) return null;
        return Uri.TryCreate(baseUri, s, out var combined) && IsWeb(combined) ? combined : null;
    }

    private static bool IsWeb(Uri uri) => uri.Scheme is "http" or "https";

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<![\w&/#])#([\p{L}][\p{L}\p{N}_]{1,63})")]
    private static partial Regex Hashtag();

    [GeneratedRegex(@"^\S+@\S+\s*\((.+)\)$")]
    private static partial Regex EmailWithName();

    [GeneratedRegex(@"^(.+?)\s*<\S+@\S+>$")]
    private static partial Regex NameWithEmail();

    [GeneratedRegex(@"^[^\s@]+@[^\s@]+\.[^\s@]+$")]
    private static partial Regex BareEmail();
}
