using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Storyline.Core.Extraction.Html;

/// <summary>
/// Class, id and role signals of boilerplate and of article bodies. The word lists are this project's own,
/// written from how news and blog templates name their parts (comments, share bars, newsletters, consent…).
/// </summary>
internal static partial class BoilerplateSignals
{
    /// <summary>The lower-cased class and id of an element, space separated; empty when it has neither.</summary>
    public static string ClassAndId(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.Id;
        if (string.IsNullOrEmpty(cls)) return string.IsNullOrEmpty(id) ? "" : id.ToLowerInvariant();
        return string.IsNullOrEmpty(id) ? cls.ToLowerInvariant() : (cls + " " + id).ToLowerInvariant();
    }

    /// <summary>Readability-style class weight: -25 for a boilerplate name, +25 for an article-body name.</summary>
    public static int Weight(string classAndId)
    {
        if (classAndId.Length == 0) return 0;
        var weight = 0;
        if (Negative().IsMatch(classAndId)) weight -= 25;
        if (Positive().IsMatch(classAndId)) weight += 25;
        return weight;
    }

    /// <summary>True when the name alone says "not the article" strongly enough to drop the element before scoring.</summary>
    public static bool IsUnlikely(string classAndId) =>
        classAndId.Length > 0 && (Hard().IsMatch(classAndId) || (Negative().IsMatch(classAndId) && !Positive().IsMatch(classAndId)));

    /// <summary>True for names that are boilerplate whatever else the element is called (share bars, consent, newsletters).</summary>
    public static bool IsHardBoilerplate(string classAndId) => classAndId.Length > 0 && Hard().IsMatch(classAndId);

    /// <summary>ARIA roles and itemprops that mark page furniture.</summary>
    public static bool IsBoilerplateRole(string? role) => role is "navigation" or "banner" or "contentinfo" or "complementary"
        or "menu" or "menubar" or "search" or "dialog" or "alertdialog" or "toolbar" or "tablist";

    /// <summary>True for element styles or attributes that hide the element from readers.</summary>
    public static bool IsHidden(IElement element) => element.HasAttribute("hidden") || IsHiddenStyle(element.GetAttribute("style"));

    /// <summary>True for inline styles that hide the element.</summary>
    public static bool IsHiddenStyle(string? style)
    {
        return style is not null && style.Length < 2000
            && (style.Contains("none", StringComparison.OrdinalIgnoreCase) || style.Contains("hidden", StringComparison.OrdinalIgnoreCase))
            && HiddenStyle().IsMatch(style);
    }

    /// <summary>Short paragraphs that are page furniture wherever they appear.</summary>
    public static bool IsBoilerplateLine(string text) =>
        text.Length <= 160 && (BoilerplateLine().IsMatch(text) || (NewsletterWord().IsMatch(text) && SubscribeWord().IsMatch(text)));

    [GeneratedRegex(@"newsletter|inbox|mailing list|e-?mail updates", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewsletterWord();

    [GeneratedRegex(@"subscrib|sign(ed)? ?up|delivered|get the", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubscribeWord();

    [GeneratedRegex(@"(?:^|[\s_-])(?:ad|ads|adv|advert\w*|advertisement|banner|breadcrumbs?|byline|comments?|commentary|community|cover-photo|credits?|disqus|foot|footer|footnotes?|gdpr|header|hidden|jump|masthead|menu|meta|modal|more|navbar|nav|navigation|outbrain|pager|pagination|popular|popup|print|promos?|recirc\w*|recommend\w*|related|remark|replies|rss|shar(?:e|es|ing)|shoutbox|sidebar|skyscraper|social|sponsor\w*|subscri\w*|tags?|taboola|toolbar|tools|trending|widgets?|signup|login|caption|bio|author|newsletter|cookies?|consent|notice|overlay|teaser|rail|aside|sticky|dropdown|carousel|slider|gallery|video|player|toc|inline-list|image|img|photo|figure|picture|thumb\w*)(?:[\s_-]|$|\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    [GeneratedRegex(@"(?:^|[\s_-])(?:article|articlebody|article-body|body|content|entry|entry-content|hentry|h-entry|main|post|post-body|post-content|text|blog|story|story-body|prose|richtext|rich-text|markdown|paragraph|copy)(?:[\s_-]|$|\d)|articlebody|article-?content|story-?body|post-?body|entry-?content|article-?text|body-?text", RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex(@"cookie|consent|gdpr|newsletter|share-?bar|sharing|social-?(?:share|links|icons|buttons|follow)|share-?(?:buttons|links|tools|icons)|(?:^|[\s_-])share(?:[\s_-]|$)|outbrain|taboola|related-?(?:posts|articles|stories|content|links|news)|recommended|more-?(?:stories|articles|news|from)|read-?more|comment-?(?:form|respond|list|section)|comments-?(?:area|section|list|wrapper)|(?:^|[\s_-])respond(?:[\s_-]|$)|disqus|subscribe|signup|sign-up|advertisement|(?:^|[\s_-])ad-?(?:slot|unit|container|wrapper|box|zone)|adsbygoogle|dfp|sponsored|promo-?box|author-?(?:bio|box|info)|about-?(?:the-)?author|breadcrumb|skip-?link|screen-?reader|sr-only|visually-?hidden|tags-?list|post-?tags|article-?tags|(?:^|[\s_-])tags(?:[\s_-]|$)|wp-caption-text|image-?credit|photo-?credit|caption|figcaption|(?:^|[\s_-])credit(?:[\s_-]|$)|most-?(?:read|popular|viewed)|trending|newsletter|pagination|post-?navigation|nav-?links|jp-relatedposts|sharedaddy|addtoany|a2a_kit|yarpp|crp_related|inline-?related|related", RegexOptions.CultureInvariant)]
    private static partial Regex Hard();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"^(?:advertisement|advertising|advert|ad|anzeige|werbung|publicidade|publicidad|publicité|pubblicità|iklan|реклама|advertentie|annons|reklama|this slideshow requires javascript|sponsored( content)?|story continues below( advertisement)?|continue reading( below)?|read more|read next|related( articles| stories| content)?|share( this( article| story)?)?( on (facebook|twitter))?|tweet|email|print|comments?|leave a (comment|reply)|click here to (subscribe|sign up).*|sign up for .*newsletter.*|subscribe( now| to our newsletter)?|you('ve| have) (been )?successfully subscribed.*|sharing is caring|follow us.*|image( credit| source)?:.*|photo( credit)?:.*|getty images|loading\W*|skip to (main )?content|scroll to continue.*|recommended( for you)?|you may also like|more from .*|trending( now)?|related coverage|back to top|previous( article| post)?|next( article| post)?)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplateLine();
}
