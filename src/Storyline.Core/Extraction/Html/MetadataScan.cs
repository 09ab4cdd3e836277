using AngleSharp.Dom;

namespace Storyline.Core.Extraction.Html;

/// <summary>
/// One walk over the document collecting every element the metadata reader looks at, instead of a dozen
/// selector queries that would each walk the whole tree.
/// </summary>
internal sealed class MetadataScan
{
    private const int MaxPerKind = 20;

    public Dictionary<string, string> Meta { get; } = new(StringComparer.OrdinalIgnoreCase);
    public List<string> JsonLd { get; } = [];
    public List<string> Tags { get; } = [];
    public string? Canonical { get; private set; }
    public List<IElement> Headings { get; } = [];
    public List<IElement> DateElements { get; } = [];
    public List<IElement> AuthorElements { get; } = [];
    public List<IElement> DateNamed { get; } = [];


    /// <summary>Scans the document's head (and root element); body elements come through <see cref="Visit"/> during the scoring walk.</summary>
    public static MetadataScan OfHead(IDocument document)
    {
        var scan = new MetadataScan();
        if (document.Head is { } head) scan.Walk(head);
        return scan;
    }

    private void Walk(IElement root)
    {
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            Visit(element, ElementAttributes.Read(element));
            if (depth >= HtmlLimits.MaxDepth) continue;
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
                if (children[i] is IElement child) stack.Push((child, depth + 1));
        }
    }

    /// <summary>Records <paramref name="element"/> if the metadata reader may need it.</summary>
    public void Visit(IElement element, ElementAttributes attributes)
    {
        switch (element.LocalName)
        {
            case "meta": AddMeta(element); return;
            case "script":
                if (string.Equals(element.GetAttribute("type"), "application/ld+json", StringComparison.OrdinalIgnoreCase) && JsonLd.Count < MaxPerKind)
                    JsonLd.Add(element.TextContent);
                return;
            case "link":
                if (Canonical is null && string.Equals(element.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase)) Canonical = element.GetAttribute("href");
                return;
            case "h1": Add(Headings, element); break;
            case "time":
                if (element.HasAttribute("datetime") || element.HasAttribute("pubdate")) Add(DateElements, element);
                break;
        }
        var itemprop = attributes.Itemprop;
        if (itemprop is not null)
        {
            if (itemprop.Contains("datePublished", StringComparison.OrdinalIgnoreCase)) Add(DateElements, element);
            else if (itemprop.Contains("headline", StringComparison.OrdinalIgnoreCase)) Add(Headings, element);
            else if (itemprop.Contains("author", StringComparison.OrdinalIgnoreCase)) Add(AuthorElements, element);
        }
        if (string.Equals(attributes.Rel, "author", StringComparison.OrdinalIgnoreCase)) Add(AuthorElements, element);
        var cls = attributes.Class;
        if (string.IsNullOrEmpty(cls)) return;
        if (element.LocalName == "h2" && (cls.Contains("title", StringComparison.OrdinalIgnoreCase) || cls.Contains("headline", StringComparison.OrdinalIgnoreCase)))
            Add(Headings, element);
        if (cls.Contains("byline", StringComparison.OrdinalIgnoreCase) || cls.Contains("author", StringComparison.OrdinalIgnoreCase)) Add(AuthorElements, element);
        if (cls.Contains("date", StringComparison.OrdinalIgnoreCase) || cls.Contains("time", StringComparison.OrdinalIgnoreCase) || cls.Contains("publish", StringComparison.OrdinalIgnoreCase))
            Add(DateNamed, element);
    }

    private void AddMeta(IElement element)
    {
        var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop") ?? element.GetAttribute("http-equiv");
        var content = element.GetAttribute("content") ?? element.GetAttribute("datetime");
        if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(content)) return;
        key = key.Trim();
        content = content.Trim();
        Meta.TryAdd(key, content);
        if (Tags.Count < 100 && (key.Equals("article:tag", StringComparison.OrdinalIgnoreCase) || key.Equals("news_keywords", StringComparison.OrdinalIgnoreCase)
            || key.Equals("keywords", StringComparison.OrdinalIgnoreCase)))
            Tags.AddRange(content.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static void Add(List<IElement> list, IElement element)
    {
        if (list.Count < MaxPerKind) list.Add(element);
    }
}
