using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Storyline.Core.Discussion.Scoring;

/// <summary>
/// Turns raw comment text (which may carry HTML, entities, control characters or megabytes of junk) into the
/// bounded, plain, lower-cased form every feature is computed from.
/// </summary>
internal static partial class CommentText
{
    /// <summary>Characters looked at per comment; the rest cannot change a decision much and would only cost time.</summary>
    public const int MaxChars = 8_000;

    /// <summary>The stand-in for every URL in the word stream, so links count as evidence whatever the domain.</summary>
    public const string UrlToken = "xxurl";

    /// <summary>The stand-in for every @mention: who is addressed says nothing about the tone.</summary>
    public const string MentionToken = "xxuser";

    /// <summary>Plain text: entities decoded, anchors reduced to their target and label, tags and control characters removed.</summary>
    public static string Plain(string raw)
    {
        var text = raw.Length > MaxChars * 2 ? raw[..(MaxChars * 2)] : raw;
        text = AnchorPattern().Replace(text, " $1 $2 ");
        text = TagPattern().Replace(text, " ");
        text = WebUtility.HtmlDecode(text);
        var builder = new StringBuilder(Math.Min(text.Length, MaxChars));
        foreach (var c in text)
        {
            if (builder.Length >= MaxChars) break;
            var category = char.GetUnicodeCategory(c);
            // Control and format characters (zero-width joiners, BOMs, bidi marks) are invisible tricks, not words.
            if (category is UnicodeCategory.Control or UnicodeCategory.Format)
                builder.Append(char.IsWhiteSpace(c) ? ' ' : '\0');
            else
                builder.Append(c);
        }
        return builder.Replace("\0", string.Empty, 0, builder.Length).ToString();
    }

    /// <summary>The URLs in plain text (scheme-qualified, www-prefixed, or a bare domain with a common TLD).</summary>
    public static MatchCollection Urls(string plain) => UrlPattern().Matches(plain);

    /// <summary>Every URL of <paramref name="text"/> passed through <paramref name="replace"/>.</summary>
    public static string ReplaceUrls(string text, Func<string, string> replace) => UrlPattern().Replace(text, m => replace(m.Value));

    /// <summary>Lower-cased word tokens, URLs replaced by <see cref="UrlToken"/>, long digit runs folded into one token.</summary>
    public static List<string> Words(string plain)
    {
        var withoutUrls = MentionPattern().Replace(UrlPattern().Replace(plain, " " + UrlToken + " "), " " + MentionToken + " ");
        var words = new List<string>();
        foreach (Match match in WordPattern().Matches(withoutUrls))
        {
            var word = match.Value.ToLowerInvariant();
            if (word.Length > 40) word = word[..40];
            if (word.Length >= 5 && word.All(char.IsAsciiDigit)) word = "xxnum" + Math.Min(word.Length, 12).ToString(CultureInfo.InvariantCulture);
            words.Add(Unleet(Unstretch(word)));
        }
        return words;
    }

    /// <summary>Lower-cased text with URLs reduced to their host and runs of white space collapsed: the input of character n-grams.</summary>
    public static string ForCharacters(string plain)
    {
        var text = MentionPattern().Replace(UrlPattern().Replace(plain, " " + UrlToken + " "), " @ ");
        text = SpacePattern().Replace(text, " ").Trim();
        return Unstretch(text.ToLowerInvariant());
    }

    /// <summary>Runs of three or more of the same character cut to two ("soooo" is "soo"), so stretched words meet their usual forms.</summary>
    public static string Unstretch(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var length = builder.Length;
            if (length >= 2 && builder[length - 1] == c && builder[length - 2] == c) continue;
            builder.Append(c);
        }
        return builder.Length == text.Length ? text : builder.ToString();
    }

    /// <summary>
    /// Digits standing in for letters inside a word ("b1tch", "sh1t", "h4te") read as those letters, so obfuscated
    /// words share features with their plain spelling. Words that are mostly digits (years, "4u", model numbers) stay.
    /// </summary>
    public static string Unleet(string word)
    {
        var letters = 0;
        var lookalikes = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c)) letters++;
            else if (c is '0' or '1' or '3' or '4' or '5' or '7') lookalikes++;
            else if (char.IsDigit(c)) return word;
        }
        if (lookalikes == 0 || letters < 2 || lookalikes > letters) return word;
        return string.Create(word.Length, word, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    '0' => 'o',
                    '1' => 'i',
                    '3' => 'e',
                    '4' => 'a',
                    '5' => 's',
                    '7' => 't',
                    var c => c,
                };
            }
        });
    }

    [GeneratedRegex("""<a\s[^>]*href\s*=\s*["']?([^"'\s>]+)[^>]*>(.*?)</a>""", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex AnchorPattern();

    [GeneratedRegex("<[^>]{0,500}>", RegexOptions.NonBacktracking)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""]+|\b[a-z0-9][a-z0-9\-]{1,62}\.(?:com|net|org|info|biz|ru|de|uk|co|io|me|tk|ly|us|tv|xyz|online|site|club|top)\b(?:/[^\s<>""]*)?", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}']+|\p{So}", RegexOptions.NonBacktracking)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\B@[\w.]{1,40}", RegexOptions.NonBacktracking)]
    private static partial Regex MentionPattern();

    [GeneratedRegex(@"\s+", RegexOptions.NonBacktracking)]
    private static partial Regex SpacePattern();
}
