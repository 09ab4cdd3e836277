using AngleSharp.Dom;

namespace Storyline.Core.Extraction.Html;

/// <summary>Cheap character counts used by the scorer (no strings are built).</summary>
internal static class TextCounter
{
    public static int NonWhitespace(string data)
    {
        var n = 0;
        foreach (var c in data)
            if (!char.IsWhiteSpace(c)) n++;
        return n;
    }

    /// <summary>Commas in Latin, CJK and Arabic scripts: a sign of prose rather than of menus.</summary>
    public static int Commas(string data)
    {
        var n = 0;
        foreach (var c in data)
            if (c is ',' or '，' or '、' or '،') n++;
        return n;
    }

    /// <summary>Visible characters below <paramref name="root"/>, skipping scripts, styles and other non-content.</summary>
    public static int CountVisible(IElement root)
    {
        var total = 0;
        var stack = new Stack<(INode Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (node is IText text) { total += NonWhitespace(text.Data); continue; }
            if (node is not IElement element || depth > HtmlLimits.MaxDepth) continue;
            if (element != root && HtmlTags.IsNeverContent(element.LocalName)) continue;
            for (var child = element.FirstChild; child is not null; child = child.NextSibling)
                if (child is IElement or IText) stack.Push((child, depth + 1));
        }
        return total;
    }
}
