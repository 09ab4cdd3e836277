using System.Net;
using System.Text;
using System.Xml.Linq;
using static Storyline.Core.Feeds.XmlFeedReading;

namespace Storyline.Core.Feeds;

/// <summary>Atom 1.0 (RFC 4287) and the Atom 0.3 draft, with its escaped, base64 and inline XML content modes.</summary>
internal static class AtomParser
{
    public static FeedParseOutcome Parse(XElement root, Uri? feedUrl, List<string> warnings, FeedParserOptions options)
    {
        var ns = root.Name.Namespace;
        var is03 = ns == FeedNamespaces.Atom03;
        var feedBase = BaseOf(root, feedUrl);
        var links = Links(root, ns, feedBase);
        var siteUrl = links.FirstOrDefault(l => l.Rel == "alternate").Href;
        var badDates = 0;
        var drafts = new List<FeedItemDraft>();
        foreach (var entry in Children(root, "entry", ns))
        {
            if (drafts.Count > options.MaxItems) break;
            drafts.Add(Entry(entry, ns, is03, BaseOf(entry, feedBase ?? siteUrl), warnings, ref badDates));
        }
        if (badDates > 0) warnings.Add($"{badDates} unreadable date(s) ignored");

        var header = new ParsedFeed
        {
            Format = is03 ? FeedFormat.Atom03 : FeedFormat.Atom10,
            Title = FeedText.Plain(TextConstruct(Child(root, "title", ns), is03, warnings)),
            SiteUrl = siteUrl,
            FeedUrl = links.FirstOrDefault(l => l.Rel == "self").Href,
            Description = TextConstruct(Child(root, is03 ? "tagline" : "subtitle", ns), is03, warnings),
            Language = root.Attribute(XNamespace.Xml + "lang")?.Value,
            Updated = FeedDates.Parse(ChildText(root, "updated", ns) ?? ChildText(root, "modified", ns)),
            Items = [],
        };
        return new FeedParseOutcome.Parsed(FeedAssembler.Build(header, drafts, warnings, options));
    }

    private static FeedItemDraft Entry(XElement entry, XNamespace ns, bool is03, Uri? baseUri, List<string> warnings, ref int badDates)
    {
        var draft = new FeedItemDraft { Guid = ChildText(entry, "id", ns) };
        var links = Links(entry, ns, baseUri);
        draft.Link = links.FirstOrDefault(l => l.Rel == "alternate").Href;
        foreach (var (rel, href, element) in links)
            if (rel == "enclosure" && href is not null)
                draft.Media.Add(new FeedMedia
                {
                    Url = href,
                    Kind = MediaReader.KindOf(null, Attr(element, "type"), href),
                    MimeType = Attr(element, "type"),
                    LengthBytes = Long(Attr(element, "length")) is > 0 and var n ? n : null,
                    Title = FeedText.Plain(Attr(element, "title")),
                });

        draft.Title = TextConstruct(Child(entry, "title", ns), is03, warnings);
        draft.Summary = TextConstruct(Child(entry, "summary", ns), is03, warnings);
        var content = Child(entry, "content", ns);
        if (content is not null && Attr(content, "src") is null) draft.Content = TextConstruct(content, is03, warnings);

        var published = ChildText(entry, is03 ? "issued" : "published", ns) ?? ChildText(entry, "created", ns);
        var updated = ChildText(entry, is03 ? "modified" : "updated", ns);
        draft.Published = FeedDates.Parse(published);
        draft.Updated = FeedDates.Parse(updated);
        if ((published is not null && draft.Published is null) || (updated is not null && draft.Updated is null)) badDates++;

        foreach (var author in Children(entry, "author", ns))
            if (ChildText(author, "name", ns) is { } name) draft.Authors.Add(name);
        draft.Authors.AddRange(Children(entry, "creator", FeedNamespaces.Dc).Select(c => c.Value));
        foreach (var category in Children(entry, "category", ns))
            if ((Attr(category, "label") ?? Attr(category, "term") ?? category.Value) is { Length: > 0 } topic) draft.Topics.Add(topic);
        draft.Topics.AddRange(Children(entry, "subject", FeedNamespaces.Dc).Select(c => c.Value));
        MediaReader.Read(entry, baseUri, draft);
        return draft;
    }

    private static List<(string Rel, Uri? Href, XElement Element)> Links(XElement parent, XNamespace ns, Uri? baseUri) =>
        Children(parent, "link", ns)
            .Select(l => (Rel: Attr(l, "rel") ?? "alternate", Href: FeedText.Resolve(Attr(l, "href"), BaseOf(l, baseUri)), Element: l))
            .Where(l => l.Href is not null)
            .ToList();

    /// <summary>The HTML of an Atom text construct (plain text is escaped so every result is HTML).</summary>
    private static string? TextConstruct(XElement? element, bool is03, List<string> warnings)
    {
        if (element is null) return null;
        var type = (Attr(element, "type") ?? "text").ToLowerInvariant();
        if (is03)
        {
            switch ((Attr(element, "mode") ?? "xml").ToLowerInvariant())
            {
                case "escaped":
                    return type.Contains("plain", StringComparison.Ordinal) ? WebUtility.HtmlEncode(element.Value) : element.Value;
                case "base64":
                    try
                    {
                        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(element.Value.Trim()));
                        return type.Contains("html", StringComparison.Ordinal) ? decoded : WebUtility.HtmlEncode(decoded);
                    }
                    catch (FormatException)
                    {
                        warnings.Add("Atom 0.3 base64 content is not valid base64; ignored");
                        return null;
                    }
                default:
                    return element.HasElements ? InnerXml(element) : type.Contains("html", StringComparison.Ordinal) ? element.Value : WebUtility.HtmlEncode(element.Value);
            }
        }
        return type switch
        {
            "html" or "text/html" => element.Value,
            "xhtml" or "application/xhtml+xml" => element.Element(FeedNamespaces.Xhtml + "div") is { } div ? InnerXml(div) : InnerXml(element),
            "text" or "text/plain" => WebUtility.HtmlEncode(element.Value),
            _ when type.EndsWith("xml", StringComparison.Ordinal) => InnerXml(element),
            _ when type.StartsWith("text/", StringComparison.Ordinal) => WebUtility.HtmlEncode(element.Value),
            _ => null, // other media types are base64 data, not text
        };
    }
}
