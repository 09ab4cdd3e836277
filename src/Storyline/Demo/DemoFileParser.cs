using System.Globalization;
using Storyline.Core.Extraction;

namespace Storyline.Demo;

/// <summary>
/// Reads one demo file: "Key: value" header lines, a blank line, the body (paragraphs split by blank lines) and an
/// optional discussion after a "=== comments N" line, one comment per line as "id | parent | author | text".
/// A format of our own because the demo must carry outlet, time and topics exactly, whatever the extractors do.
/// </summary>
public static class DemoFileParser
{
    public static (ExtractedArticle Article, Uri? Url) Parse(string text, DateTimeOffset anchor)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        for (; i < lines.Length && lines[i].Trim().Length > 0; i++)
        {
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            if (colon > 0) header[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim();
        }
        var body = new List<string>();
        var comments = new List<ExtractedComment>();
        int? declared = null;
        var paragraph = new List<string>();
        for (; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("=== comments", StringComparison.Ordinal))
            {
                declared = int.TryParse(line["=== comments".Length..].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
                comments.AddRange(lines[(i + 1)..].Select(l => l.Split('|', 4, StringSplitOptions.TrimEntries)).Where(p => p.Length == 4)
                    .Select((p, k) => new ExtractedComment
                    {
                        Id = p[0],
                        Parent = p[1].Length == 0 ? null : p[1],
                        Author = p[2],
                        Text = p[3].Replace("\\n", "\n", StringComparison.Ordinal),
                        Published = Offset(header.GetValueOrDefault("Published"), anchor).AddMinutes(20 + 17 * k),
                    }));
                break;
            }
            if (line.Length == 0)
            {
                if (paragraph.Count > 0) body.Add(string.Join(' ', paragraph));
                paragraph.Clear();
            }
            else paragraph.Add(line);
        }
        if (paragraph.Count > 0) body.Add(string.Join(' ', paragraph));
        Uri.TryCreate(header.GetValueOrDefault("Url"), UriKind.Absolute, out var url);
        var article = new ExtractedArticle
        {
            Title = header.GetValueOrDefault("Title"),
            Site = header.GetValueOrDefault("Outlet"),
            Byline = header.GetValueOrDefault("Byline"),
            Published = Offset(header.GetValueOrDefault("Published"), anchor),
            CanonicalUrl = url?.ToString(),
            Language = "en",
            Paragraphs = body,
            Topics = (header.GetValueOrDefault("Topics") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Comments = comments.Count == 0 ? ExtractedThread.Empty : new ExtractedThread { Declared = declared ?? comments.Count, Items = comments },
        };
        return (article, url);
    }

    /// <summary>"-26h" or "-90m": a time before <paramref name="anchor"/>.</summary>
    private static DateTimeOffset Offset(string? value, DateTimeOffset anchor)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length < 2) return anchor;
        var number = double.TryParse(value[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : 0;
        return value[^1] switch
        {
            'h' => anchor.AddHours(number),
            'm' => anchor.AddMinutes(number),
            'd' => anchor.AddDays(number),
            _ => anchor,
        };
    }
}
