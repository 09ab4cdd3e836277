namespace Storyline.Core.Extraction;

/// <summary>Decides what kind of text a document is from its Content-Type, its name and its first bytes.</summary>
public static class ContentTypes
{
    /// <summary>The charset parameter of a Content-Type header, if any.</summary>
    public static string? Charset(string? contentType)
    {
        if (contentType is null) return null;
        foreach (var part in contentType.Split(';'))
        {
            var kv = part.Trim();
            if (kv.StartsWith("charset=", StringComparison.OrdinalIgnoreCase)) return kv[8..].Trim().Trim('"');
        }
        return null;
    }

    /// <summary>True when the document should be read as HTML.</summary>
    public static bool IsHtml(string? contentType, string origin, string text)
    {
        if (contentType is not null)
        {
            if (contentType.Contains("html", StringComparison.OrdinalIgnoreCase)) return true;
            if (contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase)) return false;
        }
        var path = origin.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? origin[..^3] : origin;
        if (path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) return false;
        if (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)) return true;
        var head = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<head", StringComparison.OrdinalIgnoreCase);
    }
}
