namespace Storyline.Core.Discussion.Scoring;

/// <summary>
/// Links to the site's own pages (the story being discussed, another story) are how readers cite, not how spammers
/// advertise: they are replaced by one token before scoring and not counted by the links rule.
/// </summary>
public static class SiteLinks
{
    /// <summary>The token that stands for a link to the site itself.</summary>
    public const string Token = "xxsitelink";

    /// <summary><paramref name="text"/> with every URL containing one of <paramref name="addresses"/> (any case) replaced by <see cref="Token"/>.</summary>
    public static string Mark(string text, IReadOnlyCollection<string> addresses)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(addresses);
        if (addresses.Count == 0 || text.Length == 0) return text;
        return CommentText.ReplaceUrls(text, url => addresses.Any(a => a.Length > 0 && url.Contains(a, StringComparison.OrdinalIgnoreCase)) ? Token : url);
    }
}
