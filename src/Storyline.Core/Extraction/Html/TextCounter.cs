using AngleSharp.Dom;

namespace Storyline.Core.Extraction.Html;

/// <summary>Cheap character counts used by the scorer (no strings are built).</summary>
internal static class TextCounter
{
    /// <summary>Non-whitespace characters and commas in one pass.</summary>
    public static (int Chars, int Commas) Count(string data)
    {
        int chars = 0, commas = 0;
        foreach (var c in data)
        {
            if (c <= ' ') continue;
            if (c is ',' or '，' or '、' or '،') commas++;
            if (c < 128 || !char.IsWhiteSpace(c)) chars++;
        }
        return (chars, commas);
    }

    /// <summary>The element's text when it has at most <paramref name="max"/> characters, else null (no large strings are built).</summary>
    public static string? Bounded(IElement element, int max)
    {
        var builder = new System.Text.StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                builder.Append(text.Data);
                if (builder.Length > max) return null;
                continue;
            }
            var children = node.ChildNodes;
            if (stack.Count + children.Length > max) return null;
            for (var i = children.Length - 1; i >= 0; i--) stack.Push(children[i]);
        }
        return builder.ToString();
    }

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
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
                if (children[i] is IElement or IText) stack.Push((children[i], depth + 1));
        }
        return total;
    }
}
