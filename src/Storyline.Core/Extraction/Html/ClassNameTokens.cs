using System.Buffers;

namespace Storyline.Core.Extraction.Html;

/// <summary>
/// Class and id names judged by their word tokens ("related-posts__list" → related, posts, list) with set
/// look-ups: a page has hundreds of distinct names, and regular expressions over them cost as much as parsing.
/// The word lists are this project's own, from how news and blog templates name their parts.
/// </summary>
internal static class ClassNameTokens
{
    private static readonly HashSet<string> NegativeWords = new(StringComparer.Ordinal)
    {
        "ad", "ads", "adv", "advert", "advertisement", "advertising", "banner", "breadcrumb", "breadcrumbs", "byline", "comment",
        "comments", "commentary", "community", "credit", "credits", "disqus", "foot", "footer", "footnote", "footnotes", "gdpr",
        "header", "hidden", "jump", "masthead", "menu", "meta", "modal", "more", "navbar", "nav", "navigation", "outbrain", "pager",
        "pagination", "popular", "popup", "print", "promo", "promos", "related", "remark", "replies", "rss", "share", "shares",
        "sharing", "shoutbox", "sidebar", "skyscraper", "sponsor", "sponsored", "subscribe", "subscription", "tag", "tags",
        "taboola", "toolbar", "tools", "trending", "widget", "widgets", "signup", "login", "caption", "bio", "author", "newsletter",
        "cookie", "cookies", "consent", "notice", "overlay", "teaser", "rail", "aside", "sticky", "dropdown", "carousel", "slider",
        "gallery", "video", "toc", "image", "img", "photo", "figure", "picture", "thumb", "thumbnail", "thumbnails",
    };

    private static readonly string[] NegativePrefixes = ["advert", "recirc", "recommend", "sponsor", "subscri", "thumb"];

    private static readonly HashSet<string> PositiveWords = new(StringComparer.Ordinal)
    {
        "article", "articlebody", "body", "content", "entry", "hentry", "main", "post", "text", "blog", "story", "prose",
        "richtext", "markdown", "paragraph", "copy",
    };

    private static readonly string[] PositivePhrases =
        ["articlebody", "articlecontent", "storybody", "postbody", "entrycontent", "articletext", "bodytext", "postcontent", "storycontent"];

    private static readonly HashSet<string> HardWords = new(StringComparer.Ordinal)
    {
        "share", "sharing", "respond", "tags", "dfp", "credit", "caption", "related", "trending", "breadcrumb", "breadcrumbs",
        "newsletter", "cookie", "cookies", "consent", "gdpr", "subscribe", "signup", "disqus", "outbrain", "taboola",
        "advertisement", "sponsored", "pagination", "recommended", "addtoany", "sharedaddy", "yarpp", "figcaption", "paywall-promo",
    };

    private static readonly HashSet<string> HardPairs = new(StringComparer.Ordinal)
    {
        "ad slot", "ad unit", "ad container", "ad wrapper", "ad box", "ad zone", "read more", "most read", "most popular",
        "most viewed", "author bio", "author box", "author info", "about author", "more stories", "more articles", "more news",
        "more from", "comment form", "comments form", "comment list", "comments list", "comment section", "comments section",
        "comments area", "comments wrapper", "comment respond", "social share", "social links", "social icons", "social buttons",
        "social follow", "share bar", "share buttons", "share links", "share tools", "share icons", "post tags", "post navigation",
        "nav links", "skip link", "screen reader", "sr only", "visually hidden", "image credit", "photo credit", "wp caption",
        "inline related", "tags list", "article tags", "promo box", "sign up",
    };

    private static readonly string[] HardPhrases =
    [
        "relatedposts", "relatedarticles", "relatedstories", "relatedcontent", "relatedlinks", "sharebar", "sharebuttons",
        "socialshare", "sharetools", "commentform", "newsletter", "cookie", "consent", "outbrain", "taboola", "adsbygoogle",
        "sharedaddy", "addtoany", "jprelatedposts", "crprelated",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NegativeLookup = NegativeWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PositiveLookup = PositiveWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HardLookup = HardWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HardPairLookup = HardPairs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly SearchValues<string> PositivePhraseSearch = SearchValues.Create(PositivePhrases, StringComparison.Ordinal);
    private static readonly SearchValues<string> HardPhraseSearch = SearchValues.Create(HardPhrases, StringComparison.Ordinal);

    /// <summary>Longest word pair looked up in <see cref="HardPairs"/>; longer pairs cannot match.</summary>
    private const int MaxPairChars = 32;

    /// <summary>Class-and-id strings up to this length are judged in a stack buffer; longer ones use a rented array.</summary>
    private const int StackChars = 256;

    /// <summary>
    /// Weight, "unlikely" and "hard boilerplate" for a class-and-id string (any case). It runs once per distinct name
    /// on every page, so it builds no strings: words and pairs are looked up as spans, phrases found in one search.
    /// </summary>
    public static ClassSignals Judge(string classAndId)
    {
        var rented = classAndId.Length > StackChars ? ArrayPool<char>.Shared.Rent(classAndId.Length) : null;
        try
        {
            var lower = (rented ?? stackalloc char[StackChars])[..classAndId.Length];
            classAndId.AsSpan().ToLowerInvariant(lower);
            var (negative, positive, hard) = JudgeWords(lower);
            // Phrases are matched on the names with '-' and '_' removed ("article-body" → "articlebody"); spaces stay,
            // and no phrase holds one, so a phrase never spans two names.
            var compactLength = 0;
            foreach (var c in lower)
                if (c is not ('-' or '_')) lower[compactLength++] = c;
            var compact = lower[..compactLength];
            if (!positive && compact.IndexOfAny(PositivePhraseSearch) >= 0) positive = true;
            if (!hard && compact.IndexOfAny(HardPhraseSearch) >= 0) hard = true;
            var weight = (negative ? -25 : 0) + (positive ? 25 : 0);
            return new ClassSignals(weight, hard || (negative && !positive), hard);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>The word-level signals: runs of ASCII letters, and pairs of consecutive runs.</summary>
    private static (bool Negative, bool Positive, bool Hard) JudgeWords(ReadOnlySpan<char> lower)
    {
        bool negative = false, positive = false, hard = false;
        Span<char> pair = stackalloc char[MaxPairChars];
        var previous = ReadOnlySpan<char>.Empty;
        var start = -1;
        for (var i = 0; i <= lower.Length; i++)
        {
            var letter = i < lower.Length && char.IsAsciiLetter(lower[i]);
            if (letter && start < 0) start = i;
            if (letter || start < 0) continue;
            var token = lower[start..i];
            start = -1;
            if (NegativeLookup.Contains(token) || StartsWithAny(token, NegativePrefixes)) negative = true;
            if (PositiveLookup.Contains(token)) positive = true;
            if (HardLookup.Contains(token)) hard = true;
            else if (!previous.IsEmpty && previous.Length + 1 + token.Length <= MaxPairChars)
            {
                previous.CopyTo(pair);
                pair[previous.Length] = ' ';
                token.CopyTo(pair[(previous.Length + 1)..]);
                if (HardPairLookup.Contains(pair[..(previous.Length + 1 + token.Length)])) hard = true;
            }
            previous = token;
        }
        return (negative, positive, hard);
    }

    private static bool StartsWithAny(ReadOnlySpan<char> token, string[] prefixes)
    {
        foreach (var prefix in prefixes)
            if (token.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }
}
