namespace Storyline.Bench.Analysis;

/// <summary>
/// PolNeAR articles (evaluation only) with their gold direct quotations: every stretch inside quotation marks
/// that lies (at least half) inside an annotated attribution's Content, grouped per attribution, with the
/// attribution's Source; pronoun sources are replaced by the nearest earlier named source.
/// </summary>
public static class PolnearCorpus
{
    public sealed record GoldQuote(List<(int Start, int End)> Pieces, string? Source);

    public sealed record Article(string Name, string Text, List<GoldQuote> Quotes);

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "i", "we", "it", "him", "her", "them", "you", "his", "their",
    };

    public static List<Article> Load(string compartment)
    {
        var articles = new List<Article>();
        foreach (var textFile in Directory.GetFiles(Path.Combine(compartment, "text"), "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(textFile);
            var ann = Directory.GetFiles(Path.Combine(compartment, "attributions"), name + "_*.ann").Order(StringComparer.Ordinal).FirstOrDefault();
            if (ann is null) continue;
            var text = File.ReadAllText(textFile);
            articles.Add(new Article(name, text, Gold(text, File.ReadAllLines(ann))));
        }
        return articles;
    }

    /// <summary>Quoted stretches by plain pairing of marks within a paragraph (the gold side's definition of "in quotation marks").</summary>
    public static List<(int Start, int End)> MarkedSpans(string text)
    {
        var spans = new List<(int, int)>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n') { if (open >= 0) spans.Add((open + 1, i)); open = -1; continue; }
            if (open < 0 && (c == '“' || (c == '"' && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))))) open = i;
            else if (open >= 0 && (c == '”' || c == '"')) { spans.Add((open + 1, i)); open = -1; }
        }
        return spans.Where(s => s.Item2 - s.Item1 >= 2).ToList();
    }

    private static List<GoldQuote> Gold(string text, string[] lines)
    {
        var t = new Dictionary<string, (string Role, List<(int, int)> Spans, string Text)>();
        var attributions = new List<Dictionary<string, string>>();
        foreach (var line in lines)
        {
            var parts = line.Split('\t');
            if (parts.Length < 2) continue;
            if (parts[0].StartsWith('T'))
            {
                var head = parts[1].Split(' ', 2);
                var spans = head[1].Split(';').Select(p => p.Trim().Split(' ')).Select(p => (int.Parse(p[0]), int.Parse(p[1]))).ToList();
                t[parts[0]] = (head[0], spans, parts.Length > 2 ? parts[2] : "");
            }
            else if (parts[0].StartsWith('E'))
                attributions.Add(parts[1].Split(' ').Select(r => r.Split(':')).Where(r => r.Length == 2).ToDictionary(r => r[0], r => r[1]));
        }
        // Sources in text order, for resolving pronouns to the nearest earlier named source.
        var sources = attributions.Where(a => a.ContainsKey("Source") && t.ContainsKey(a["Source"]))
            .Select(a => t[a["Source"]]).Select(s => (Start: s.Spans[0].Item1, s.Text)).OrderBy(s => s.Start).ToList();
        var marked = MarkedSpans(text);
        var gold = new List<GoldQuote>();
        foreach (var a in attributions)
        {
            if (!a.TryGetValue("Content", out var contentId) || !t.TryGetValue(contentId, out var content)) continue;
            var pieces = marked.Where(m => Inside(m, content.Spans) * 2 >= m.End - m.Start).ToList();
            if (pieces.Count == 0) continue;
            string? source = null;
            if (a.TryGetValue("Source", out var sourceId) && t.TryGetValue(sourceId, out var s))
            {
                source = s.Text;
                if (Pronouns.Contains(source.Trim()))
                {
                    var start = s.Spans[0].Item1;
                    source = sources.Where(x => x.Start < start && !Pronouns.Contains(x.Text.Trim()) && x.Text.Any(char.IsUpper)).Select(x => x.Text).LastOrDefault();
                }
            }
            gold.Add(new GoldQuote(pieces, source));
        }
        return gold;
    }

    private static int Inside((int Start, int End) span, List<(int Start, int End)> ranges) =>
        ranges.Sum(r => Math.Max(0, Math.Min(span.End, r.End) - Math.Max(span.Start, r.Start)));
}
