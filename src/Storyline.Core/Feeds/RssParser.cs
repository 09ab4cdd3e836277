using System.Xml.Linq;
using static Storyline.Core.Feeds.XmlFeedReading;

namespace Storyline.Core.Feeds;

/// <summary>RSS 0.91, 0.92 and 2.0 (root &lt;rss&gt;) and RSS 0.90/1.0 (root rdf:RDF, items beside the channel).</summary>
internal static class RssParser
{
    private static readonly XNamespace[] Core = [XNamespace.None, FeedNamespaces.Rss10, FeedNamespaces.Rss090];
    private static readonly XNamespace[] Dates = [FeedNamespaces.Dc, FeedNamespaces.DcTerms];

    public static FeedParseOutcome Parse(XElement root, Uri? feedUrl, List<string> warnings, FeedParserOptions options)
    {
        var isRdf = root.Name == FeedNamespaces.Rdf + "RDF";
        var channel = Child(root, "channel", Core);
        if (channel is null && !isRdf) return new FeedParseOutcome.Invalid("RSS document without a <channel>");
        var format = isRdf ? FeedFormat.Rss10 : (Attr(root, "version") ?? "") switch
        {
            "0.91" => FeedFormat.Rss091,
            "0.92" or "0.93" or "0.94" => FeedFormat.Rss092,
            _ => FeedFormat.Rss20,
        };

        var docBase = channel is null ? feedUrl : BaseOf(channel, feedUrl);
        var siteUrl = channel is null ? null : FeedText.Resolve(ChildText(channel, "link", Core), docBase);
        var selfUrl = channel is null ? null : FeedText.Resolve(
            Attr(Children(channel, "link", FeedNamespaces.Atom10).FirstOrDefault(l => Attr(l, "rel") == "self"), "href"), docBase);
        var itemBase = siteUrl ?? feedUrl;

        // RSS 1.0 puts items beside the channel; some broken 2.0 feeds do too.
        var items = (channel is null ? [] : Children(channel, "item", Core)).Concat(Children(root, "item", Core));
        var badDates = 0;
        var drafts = new List<FeedItemDraft>();
        foreach (var item in items)
        {
            if (drafts.Count > options.MaxItems) break;
            drafts.Add(Item(item, BaseOf(item, itemBase), ref badDates));
        }
        if (badDates > 0) warnings.Add($"{badDates} unreadable date(s) ignored");

        var header = new ParsedFeed
        {
            Format = format,
            Title = channel is null ? null : FeedText.Plain(ChildText(channel, "title", Core)),
            SiteUrl = siteUrl,
            FeedUrl = selfUrl,
            Description = channel is null ? null : ChildText(channel, "description", Core),
            Language = channel is null ? null : ChildText(channel, "language", Core) ?? ChildText(channel, "language", FeedNamespaces.Dc),
            Updated = channel is null ? null : FeedDates.Parse(ChildText(channel, "lastBuildDate", Core) ?? ChildText(channel, "pubDate", Core) ?? ChildText(channel, "date", FeedNamespaces.Dc)),
            Items = [],
        };
        return new FeedParseOutcome.Parsed(FeedAssembler.Build(header, drafts, warnings, options));
    }

    private static FeedItemDraft Item(XElement item, Uri? baseUri, ref int badDates)
    {
        var draft = new FeedItemDraft();
        var guid = Child(item, "guid", Core);
        draft.Guid = guid?.Value.Trim() is { Length: > 0 } g ? g : Attr(item, FeedNamespaces.Rdf + "about");
        draft.Link = FeedText.Resolve(ChildText(item, "link", Core), baseUri)
            ?? FeedText.Resolve(Attr(Children(item, "link", FeedNamespaces.Atom10).FirstOrDefault(l => Attr(l, "rel") is null or "alternate"), "href"), baseUri);
        if (draft.Link is null && guid is not null && !string.Equals(Attr(guid, "isPermaLink"), "false", StringComparison.OrdinalIgnoreCase))
            draft.Link = FeedText.Resolve(draft.Guid, null);

        draft.Title = ChildText(item, "title", Core);
        draft.Summary = ChildText(item, "description", Core);
        draft.Content = ChildText(item, "encoded", FeedNamespaces.Content);

        var published = ChildText(item, "pubDate", Core) ?? ChildText(item, "date", Dates) ?? ChildText(item, "issued", Dates)
            ?? ChildText(item, "published", FeedNamespaces.Atom10);
        var updated = ChildText(item, "modified", Dates) ?? ChildText(item, "updated", FeedNamespaces.Atom10);
        draft.Published = FeedDates.Parse(published);
        draft.Updated = FeedDates.Parse(updated);
        if (published is not null && draft.Published is null) badDates++;

        draft.Authors.AddRange(new[] { ChildText(item, "author", Core), ChildText(item, "author", FeedNamespaces.ITunes) }.OfType<string>());
        draft.Authors.AddRange(Children(item, "creator", FeedNamespaces.Dc).Select(c => c.Value));
        draft.Topics.AddRange(Children(item, "category", Core).Select(c => c.Value));
        draft.Topics.AddRange(Children(item, "subject", FeedNamespaces.Dc).Select(c => c.Value));
        MediaReader.Read(item, baseUri, draft);
        return draft;
    }

    private static string? Attr(XElement? element, XName name)
    {
        var value = element?.Attribute(name)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
