using AngleSharp.Dom;
using Storyline.Core.Text;

namespace Storyline.Core.Extraction.Html;

/// <summary>
/// Picks the headline as the page shows it: a visible heading confirmed by the metadata wins, then the
/// metadata headline, then the document title without its site-name part.
/// </summary>
internal static class TitleChooser
{
    private const int MaxHeadings = 8;
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / ", " : "];

    public static string? Choose(string? documentTitle, IReadOnlyList<IElement> headingElements, string? ldHeadline, string? ogTitle, string? site)
    {
        var docTitle = Clean(documentTitle);
        var metaTitles = new[] { Clean(ogTitle), Clean(ldHeadline), docTitle }.Where(t => t is not null).Cast<string>().ToList();
        var stripped = docTitle is null ? null : StripSite(docTitle, site);

        var headings = headingElements.Take(MaxHeadings)
            .Select(h => h.LocalName == "meta" ? h.GetAttribute("content") : TextCounter.Bounded(h, 600))
            .Select(Clean).Where(h => h is { Length: >= 5 and <= 300 }).Cast<string>().ToList();
        foreach (var heading in headings)
        {
            if (metaTitles.Any(m => Same(m, heading) || (stripped is not null && Same(stripped, heading)))) return heading;
        }
        foreach (var heading in headings)
        {
            // A heading that opens a longer metadata title ("Headline | Site") is the headline; one that only
            // appears inside it may be the site's name.
            if (heading.Length >= 15 && !IsSiteName(heading, site) && metaTitles.Any(m => m.StartsWith(heading, StringComparison.OrdinalIgnoreCase))) return heading;
        }
        foreach (var heading in headings)
        {
            // The visible headline often says a little more than the metadata one ("Skyrim (skyrim) …").
            if (metaTitles.Any(m => Extends(heading, m))) return heading;
        }
        var meta = Clean(ogTitle) ?? Clean(ldHeadline);
        if (meta is not null) return StripSite(meta, site);
        return stripped ?? headings.FirstOrDefault();
    }

    private static bool Extends(string heading, string meta)
    {
        var metaWords = Words(meta);
        if (metaWords.Count < 3 || heading.Length > meta.Length * 3 / 2) return false;
        var headingWords = Words(heading);
        return metaWords.All(headingWords.Contains);
    }

    private static HashSet<string> Words(string s) =>
        new(s.ToLowerInvariant().Split([' ', ',', ':', ';', '(', ')', '"', '\'', '“', '”', '‘', '’', '.', '!', '?', '|', '-', '–', '—'], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    private static bool Same(string a, string b) => string.Equals(Key(a), Key(b), StringComparison.OrdinalIgnoreCase);

    private static string Key(string s) => new([.. s.Where(char.IsLetterOrDigit)]);

    private static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        var text = Whitespace.Collapse(System.Net.WebUtility.HtmlDecode(s));
        return text.Length == 0 ? null : text;
    }

    /// <summary>"Headline | Site" → "Headline": drops the part that names the site, or the shortest end part.</summary>
    private static string StripSite(string title, string? site)
    {
        foreach (var separator in Separators)
        {
            var index = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (index <= 0) continue;
            var head = title[..index].Trim();
            var tail = title[(index + separator.Length)..].Trim();
            if (IsSiteName(tail, site) || (tail.Length < head.Length && tail.Split(' ').Length <= 4)) return StripSite(head, site);
            var first = title.IndexOf(separator, StringComparison.Ordinal);
            var lead = title[..first].Trim();
            if (IsSiteName(lead, site)) return title[(first + separator.Length)..].Trim();
        }
        return title;
    }

    private static bool IsSiteName(string part, string? site) =>
        (site is not null && (part.Contains(site, StringComparison.OrdinalIgnoreCase) || site.Contains(part, StringComparison.OrdinalIgnoreCase)))
        || part.Contains(".com", StringComparison.OrdinalIgnoreCase) || part.Contains(".org", StringComparison.OrdinalIgnoreCase);
}
