using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Storyline.Core.Extraction.Html;

/// <summary>
/// Recognises pages that stand in front of the article instead of holding it: bot challenges (Cloudflare,
/// DataDome, PerimeterX, captchas) and consent walls. Their text must never be stored as an article.
/// </summary>
internal static partial class NoArticleDetector
{
    /// <summary>Above this many characters of extracted text a page is an article even if it mentions a challenge or cookies.</summary>
    private const int MaxWallChars = 2500;

    /// <summary>Challenge pages are small: above this many visible characters the page holds more than a challenge.</summary>
    private const int MaxChallengePageChars = 3000;

    /// <summary>The "no article: …" reason, or null for a page that may hold an article.</summary>
    public static string? Check(IDocument document, string text, int pageChars)
    {
        if (text.Length > MaxWallChars) return null;
        var title = document.Title ?? "";
        if (pageChars < MaxChallengePageChars && (ChallengeTitle().IsMatch(title) || HasChallengeMarkup(document) || ChallengeText().IsMatch(text)))
            return "no article: bot challenge page (" + (title.Length is > 0 and < 80 ? title.Trim() : "verification required") + ")";
        var phrases = ConsentPhrase().Matches(text).Select(m => m.Value.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Count();
        if (ConsentTitle().IsMatch(title) || (phrases >= 3 && HasConsentButtons(document)) || (text.Length < 200 && phrases >= 2))
            return "no article: consent wall (the page asks for cookie or privacy consent before showing content)";
        return null;
    }

    private static bool HasChallengeMarkup(IDocument document) =>
        document.QuerySelector("#challenge-form, #challenge-stage, #cf-challenge-running, .cf-browser-verification, #px-captcha, "
            + "iframe[src*='captcha-delivery'], script[src*='challenge-platform'], #ddos-guard, form#captcha-form") is not null;

    private static bool HasConsentButtons(IDocument document) =>
        document.QuerySelectorAll("button, a, input[type='submit'], input[type='button']").Take(200)
            .Any(b => ConsentButton().IsMatch((b.TextContent.Length > 0 ? b.TextContent : b.GetAttribute("value") ?? "").Trim()));

    [GeneratedRegex(@"^\s*(just a moment|attention required|access denied|are you a (robot|human)|security check|checking your browser|pardon our interruption|robot or human|please verify|bot verification|verify you are human|ddos-guard|captcha|one more step|request unsuccessful)", RegexOptions.IgnoreCase)]
    private static partial Regex ChallengeTitle();

    [GeneratedRegex(@"enable javascript and cookies to continue|checking if the site connection is secure|verify(ing)? you are (a )?human|complete the security check|needs to review the security of your connection|press (&|and) hold|unusual traffic from your (computer|network)|we need to make sure you('| a)re not a robot", RegexOptions.IgnoreCase)]
    private static partial Regex ChallengeText();

    [GeneratedRegex(@"^\s*(before you continue|cookie (consent|settings|preferences)|privacy (consent|settings|preferences)|we value your privacy|your privacy choices|consent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConsentTitle();

    [GeneratedRegex(@"cookies?|consent|partners|accept all|reject all|manage (your )?(preferences|settings|options|choices)|legitimate interests?|personali[sz]ed (ads|content)|your privacy|privacy policy|store and/or access information|precise geolocation", RegexOptions.IgnoreCase)]
    private static partial Regex ConsentPhrase();

    [GeneratedRegex(@"^(accept( all| cookies)?|i accept|agree|i agree|agree and (continue|proceed)|allow( all)?( cookies)?|reject( all)?|manage (options|preferences|settings)|ok|got it|continue)$", RegexOptions.IgnoreCase)]
    private static partial Regex ConsentButton();
}
