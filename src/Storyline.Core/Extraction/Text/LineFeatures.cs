using System.Text.RegularExpressions;

namespace Storyline.Core.Extraction.Text;

/// <summary>
/// Features of one line or paragraph of a plain-text page: shape (length, terminal punctuation),
/// link-list markers, attribution, and how much of its vocabulary is boilerplate addressed to the reader.
/// </summary>
public static partial class LineFeatures
{
    /// <summary>Longest line that can still be a headline or a link in a list.</summary>
    public const int MaxHeadlineChars = 160;

    // Vocabulary of consent, subscription and advertising notices. A paragraph needs several of these
    // and a second-person address to count as a notice, so a news story about cookies is not dropped.
    private static readonly string[] NoticeTerms =
    [
        "consent", "sign-up", "sign up", "signup", "subscribe", "unsubscribe", "newsletter", "cookie", "privacy policy",
        "privacy notice", "terms of service", "terms and conditions", "terms of use", "advert", "advertising", "third parties",
        "3rd parties", "third-party", "personalis", "personaliz", "our partners", "more info", "preferences", "opt out",
        "opt-out", "inbox", "your data", "your information", "marketing",
    ];

    // Vocabulary of comment forms and their footers.
    private static readonly string[] CommentFormTerms =
    [
        "leave a reply", "leave a comment", "post a comment", "add a comment", "post comment", "cancel reply",
        "will not be published", "won't be published", "required fields", "are marked", "notify me", "akismet",
        "comment data", "reduce spam", "log in to reply", "logged in to post", "your email address", "name *", "email *",
        "save my name", "website *", "comment policy", "join the discussion", "join the conversation",
    ];

    // Short calls to action that surround articles.
    private static readonly string[] CallToActionTerms =
    [
        "share this", "share on", "follow us", "advertisement", "click here", "download the app", "sign up", "read more",
        "related articles", "related stories", "more stories", "most read", "trending now", "you may also like",
        "recommended", "watch now", "listen now", "subscribe now", "get the latest", "back to top", "skip to",
    ];

    /// <summary>True for a line shaped like a headline: short, and not ending a sentence with a full stop.</summary>
    public static bool IsHeadlineShaped(string line)
    {
        var t = line.Trim();
        if (t.Length == 0 || t.Length > MaxHeadlineChars) return false;
        var end = t.TrimEnd('"', '\'', '”', '’', '»', ')', ' ');
        if (end.Length == 0) return false;
        if (end.EndsWith("...", StringComparison.Ordinal) || end.EndsWith('…')) return true;
        return end[^1] is not ('.' or ':' or ';' or ',');
    }

    /// <summary>True for a related-story link: a line ending in a bracketed capital tag ("[REPORT]", "[VIDEO]") or opened by "READ MORE:".</summary>
    public static bool IsRelatedLink(string line) =>
        line.Length <= MaxHeadlineChars * 2 && (BracketTag().IsMatch(line) || RelatedPrefix().IsMatch(line));

    /// <summary>The attribution target of a "Source: …" / "Via …" line, or null when the line is not one.</summary>
    public static string? Attribution(string line)
    {
        var m = AttributionLine().Match(line.Trim());
        return m.Success ? m.Groups["target"].Value.Trim() : null;
    }

    /// <summary>The declared comment count of a "52 comments" header, or null.</summary>
    public static int? DeclaredComments(string line)
    {
        var m = CommentCount().Match(line.Trim());
        if (!m.Success) return null;
        var digits = new string(m.Groups["n"].Value.Where(char.IsDigit).ToArray());
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>Number of distinct consent/subscription terms in the text.</summary>
    public static int NoticeScore(string text) => Count(text, NoticeTerms);

    /// <summary>Number of distinct comment-form terms in the text.</summary>
    public static int CommentFormScore(string text) => Count(text, CommentFormTerms);

    /// <summary>Number of distinct call-to-action terms in the text.</summary>
    public static int CallToActionScore(string text) => Count(text, CallToActionTerms);

    /// <summary>True when the text speaks to the reader ("you", "your") — notices do, news copy mostly quotes it.</summary>
    public static bool AddressesReader(string text) => SecondPerson().IsMatch(text);

    /// <summary>Trailing hashtags ("… reports. #CNN #News"), returned without the '#', and the text without them.</summary>
    public static (string Text, IReadOnlyList<string> Tags) SplitTrailingHashtags(string text)
    {
        var m = TrailingHashtags().Match(text);
        if (!m.Success) return (text, []);
        var tags = m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => t.TrimStart('#')).Where(t => t.Length > 0).ToList();
        return (text[..m.Index].TrimEnd(), tags);
    }

    private static int Count(string text, string[] terms)
    {
        var lower = text.ToLowerInvariant();
        var n = 0;
        foreach (var term in terms)
            if (lower.Contains(term, StringComparison.Ordinal)) n++;
        return n;
    }

    [GeneratedRegex(@"\[\s*\p{Lu}[\p{Lu}\s\-!]{1,24}\]\s*$")]
    private static partial Regex BracketTag();

    [GeneratedRegex(@"^\s*(READ MORE|Read more|RELATED|Related|SEE ALSO|See also|MORE|WATCH|LISTEN|LATEST|PICTURED|INSIGHT)\s*[:\-–—|]\s*\S")]
    private static partial Regex RelatedPrefix();

    [GeneratedRegex(@"^(?:source|sources|via|originally published(?: (?:at|on|by))?|read (?:the )?full (?:article|story)(?: (?:at|on))?|this article (?:was )?(?:first |originally )?(?:appeared|published) (?:on|in|at))\s*[:\-–—]?\s*(?<target>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex AttributionLine();

    [GeneratedRegex(@"^(?:(?<n>\d[\d,.\u00A0 ]{0,9})\s*(?:comments?|replies|responses|reactions)|(?:comments?|replies|responses)\s*[(:]\s*(?<n>\d[\d,.]{0,9})\)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentCount();

    [GeneratedRegex(@"\b(?:you|your|you've|you’ve|you're|you’re)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SecondPerson();

    [GeneratedRegex(@"(?:\s#[\p{L}\p{N}_]+)+\s*$")]
    private static partial Regex TrailingHashtags();
}
