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

    /// <summary>Weight, "unlikely" and "hard boilerplate" for a lower-cased class-and-id string.</summary>
    public static ClassSignals Judge(string lower)
    {
        var tokens = Tokens(lower);
        bool negative = false, positive = false, hard = false;
        string? previous = null;
        foreach (var token in tokens)
        {
            if (NegativeWords.Contains(token) || StartsWithAny(token, NegativePrefixes)) negative = true;
            if (PositiveWords.Contains(token)) positive = true;
            if (HardWords.Contains(token) || (previous is not null && HardPairs.Contains(previous + " " + token))) hard = true;
            previous = token;
        }
        foreach (var name in lower.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var compact = name.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
            if (!positive && ContainsAny(compact, PositivePhrases)) positive = true;
            if (!hard && ContainsAny(compact, HardPhrases)) hard = true;
        }
        var weight = (negative ? -25 : 0) + (positive ? 25 : 0);
        return new ClassSignals(weight, hard || (negative && !positive), hard);
    }

    private static List<string> Tokens(string lower)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= lower.Length; i++)
        {
            var letter = i < lower.Length && char.IsAsciiLetter(lower[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                tokens.Add(lower[start..i]);
                start = -1;
            }
        }
        return tokens;
    }

    private static bool StartsWithAny(string token, string[] prefixes)
    {
        foreach (var prefix in prefixes)
            if (token.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool ContainsAny(string text, string[] phrases)
    {
        foreach (var phrase in phrases)
            if (text.Contains(phrase, StringComparison.Ordinal)) return true;
        return false;
    }
}
