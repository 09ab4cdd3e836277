using System.Xml.Linq;

namespace Storyline.Core.Feeds;

/// <summary>Lookup helpers over LINQ to XML that tolerate the namespace slips real feeds make.</summary>
internal static class XmlFeedReading
{
    private static readonly XName XmlBase = XNamespace.Xml + "base";

    /// <summary>First child with this local name in one of <paramref name="namespaces"/>.</summary>
    public static XElement? Child(XElement parent, string localName, params XNamespace[] namespaces)
    {
        foreach (var e in parent.Elements())
            if (e.Name.LocalName == localName && namespaces.Contains(e.Name.Namespace)) return e;
        return null;
    }

    public static IEnumerable<XElement> Children(XElement parent, string localName, params XNamespace[] namespaces) =>
        parent.Elements().Where(e => e.Name.LocalName == localName && namespaces.Contains(e.Name.Namespace));

    /// <summary>Trimmed text of a child, or null.</summary>
    public static string? ChildText(XElement parent, string localName, params XNamespace[] namespaces)
    {
        var value = Child(parent, localName, namespaces)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public static string? Attr(XElement? element, string name)
    {
        var value = element?.Attribute(name)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>The base URI in effect at <paramref name="element"/>: xml:base attributes resolved outward-in from <paramref name="documentBase"/>.</summary>
    public static Uri? BaseOf(XElement element, Uri? documentBase)
    {
        Stack<string>? bases = null;
        for (var e = element; e is not null; e = e.Parent)
            if (e.Attribute(XmlBase)?.Value is { Length: > 0 } b) (bases ??= new()).Push(b);
        if (bases is null) return documentBase;
        var current = documentBase;
        while (bases.Count > 0) current = FeedText.Resolve(bases.Pop(), current) ?? current;
        return current;
    }

    /// <summary>The markup inside an element as a string (for inline XHTML content).</summary>
    public static string InnerXml(XElement element) =>
        string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));

    /// <summary>Non-negative integer attribute, tolerant of junk.</summary>
    public static long? Long(string? value) =>
        long.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : null;

    public static int? Int(string? value) => Long(value) is { } n && n <= int.MaxValue ? (int)n : null;
}
