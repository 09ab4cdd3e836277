using System.Xml.Linq;
using Storyline.Core.Text;

namespace Storyline.Core.Feeds;

/// <summary>Reads OPML 1.0/2.0 subscription lists with the same XML safety rules as feeds.</summary>
public sealed class OpmlParser(FeedParserOptions? options = null)
{
    /// <summary>Most subscriptions read from one file (default 50,000).</summary>
    public const int MaxFeeds = 50_000;

    private readonly FeedParserOptions _options = options ?? FeedParserOptions.Default;

    public OpmlParseOutcome Parse(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return new OpmlParseOutcome.Rejected("empty file");
        return Parse(TextDecoder.Decode(bytes));
    }

    public OpmlParseOutcome Parse(string text)
    {
        var warnings = new List<string>();
        var (document, failure) = FeedXmlLoader.Load(text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n'), _options, warnings);
        switch (failure)
        {
            case FeedParseOutcome.Refused r: return new OpmlParseOutcome.Rejected(r.Reason);
            case FeedParseOutcome.Invalid i: return new OpmlParseOutcome.Rejected(i.Reason);
        }
        var root = document!.Root!;
        if (!root.Name.LocalName.Equals("opml", StringComparison.OrdinalIgnoreCase))
            return new OpmlParseOutcome.Rejected($"not an OPML file: root element <{root.Name.LocalName}>");
        var body = root.Elements().FirstOrDefault(e => e.Name.LocalName.Equals("body", StringComparison.OrdinalIgnoreCase));
        if (body is null) return new OpmlParseOutcome.Rejected("OPML file without a <body>");

        var feeds = new List<OpmlFeed>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var skipped = 0;
        // Iterative walk: folder depth is bounded by the loader's depth check, but recursion is not needed.
        var pending = new Stack<(XElement Outline, string? Category)>();
        foreach (var child in Outlines(body).Reverse()) pending.Push((child, null));
        while (pending.Count > 0 && feeds.Count < MaxFeeds)
        {
            var (outline, category) = pending.Pop();
            var title = FeedText.Plain(Attribute(outline, "title") ?? Attribute(outline, "text"));
            var xmlUrl = Attribute(outline, "xmlUrl") ?? Attribute(outline, "xmlurl") ?? Attribute(outline, "url");
            if (xmlUrl is not null)
            {
                if (FeedText.Resolve(xmlUrl, null) is { } url)
                {
                    if (seen.Add(url.AbsoluteUri))
                        feeds.Add(new OpmlFeed { XmlUrl = url, Title = title, HtmlUrl = FeedText.Resolve(Attribute(outline, "htmlUrl"), null), Category = category });
                }
                else skipped++;
            }
            var childCategory = xmlUrl is null && title is not null ? (category is null ? title : category + "/" + title) : category;
            foreach (var child in Outlines(outline).Reverse()) pending.Push((child, childCategory));
        }
        if (skipped > 0) warnings.Add($"{skipped} outline(s) with an address that is not http(s) skipped");
        if (pending.Count > 0) warnings.Add($"more than {MaxFeeds:N0} subscriptions; the rest were skipped");
        return new OpmlParseOutcome.Parsed(feeds, warnings);
    }

    private static IEnumerable<XElement> Outlines(XElement parent) =>
        parent.Elements().Where(e => e.Name.LocalName.Equals("outline", StringComparison.OrdinalIgnoreCase));

    private static string? Attribute(XElement element, string name)
    {
        var value = element.Attribute(name)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
