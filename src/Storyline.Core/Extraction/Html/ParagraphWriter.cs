using System.Text;
using AngleSharp.Dom;

namespace Storyline.Core.Extraction.Html;

/// <summary>
/// Turns the chosen article elements into paragraphs, dropping what the scorer skipped and, inside the article,
/// link lists, widgets, forms and galleries that the judged-container rules recognise.
/// </summary>
internal sealed class ParagraphWriter
{
    private const double LinkParagraphDensity = 0.8;
    private const double TableLinkDensity = 0.65;
    private const int LinkParagraphMaxChars = 200;

    private readonly ContentScorer _scorer;
    private readonly ScoringPass _pass;
    private readonly string? _title;
    private readonly List<string> _paragraphs = [];
    private readonly StringBuilder _current = new();
    private int _chars;

    public ParagraphWriter(ContentScorer scorer, ScoringPass pass, string? title)
    {
        _scorer = scorer;
        _pass = pass;
        _title = title;
    }

    public List<string> Write(IReadOnlyList<NodeStats> roots)
    {
        foreach (var root in roots) WriteRoot(root);
        Flush();
        return _paragraphs;
    }

    /// <summary>
    /// Writes the root's subtree by running over the scorer's pre-order entries: a dropped element is passed over
    /// by jumping to its end, and a block ends (the paragraph breaks) where the entries leave its range.
    /// </summary>
    private void WriteRoot(NodeStats root)
    {
        if (root.Dropped) return;
        var entries = _scorer.Tree.Entries;
        var open = new Stack<NodeStats>();
        var i = root.Index;
        while (i < root.End && _chars < HtmlLimits.MaxOutputChars)
        {
            CloseUntil(open, i);
            var entry = entries[i];
            if (entry.Text is { } text) { AppendText(text); i++; continue; }
            if (entry.Stats is not { } stats) { i++; continue; }
            var tag = stats.Tag;
            if (tag == "br") { _current.Append('\n'); i = stats.End; continue; }
            if (stats.Dropped || (stats != root && Drop(stats, tag))) { i = stats.End; continue; }
            if (HtmlTags.IsBlock(tag)) Flush();
            open.Push(stats);
            i++;
        }
        if (_chars < HtmlLimits.MaxOutputChars) CloseUntil(open, int.MaxValue);
    }

    /// <summary>Closes the open elements whose range ends before <paramref name="index"/>; a closing block ends the paragraph.</summary>
    private void CloseUntil(Stack<NodeStats> open, int index)
    {
        while (open.Count > 0 && index >= open.Peek().End)
            if (HtmlTags.IsBlock(open.Pop().Tag)) Flush();
    }

    private bool Drop(NodeStats stats, string tag)
    {
        if (tag == "h1") return true; // the headline is metadata, not body text
        if (HtmlTags.IsHeading(tag))
            return stats.LinkDensity > 0.33 || (_pass.UseClassWeights && stats.Weight < 0) || SameAsTitle(stats.Element);
        // A paragraph that is one link ("Who will make the Rock Hall?") points to another article.
        if (tag == "p" && _pass.CleanConditionally && stats.LinkDensity > LinkParagraphDensity && stats.Text < LinkParagraphMaxChars)
            return !ShowsAddress(stats.Element);
        if (!_pass.CleanConditionally || !HtmlTags.IsJudgedContainer(tag)) return false;
        return IsWidget(tag, stats);
    }

    private bool IsWidget(string tag, NodeStats s)
    {
        var weight = _pass.UseClassWeights ? s.Weight : 0;
        var score = s.IsCandidate ? s.Score : 0;
        if (weight + score < 0) return true;
        if (s.Commas >= 10) return false;
        var isList = tag is "ul" or "ol";
        // Data tables (standings, prices, schedules) link many of their cells and are still content.
        if (tag == "table") return s.LinkDensity > TableLinkDensity;
        if (s.Text == 0) return s.Images > 0 || s.Embeds > 0 || s.Inputs > 0;
        if (isList && s.LinkDensity > 0.5) return true;
        if (s.Inputs > s.Paragraphs / 3 && s.Inputs > 0) return true;
        if (!isList && s.ListItems > s.Paragraphs && s.LinkDensity > 0.3) return true;
        if (weight < 25 && s.LinkDensity > 0.35 && s.Text < 2000) return true;
        if (weight >= 25 && s.LinkDensity > 0.5) return true;
        if (s.Images > 2 && s.Paragraphs == 0 && s.Text < 200) return true;
        return s.Embeds > 1 && s.Text < 75;
    }

    /// <summary>A link written out as an address or a bracketed source is a reference the article cites, not a teaser.</summary>
    private static bool ShowsAddress(IElement paragraph)
    {
        var text = paragraph.TextContent.Trim();
        return text.StartsWith('[') || text.Contains("http", StringComparison.OrdinalIgnoreCase)
            || text.Contains("www.", StringComparison.OrdinalIgnoreCase) || text.Contains(".com", StringComparison.OrdinalIgnoreCase);
    }

    private bool SameAsTitle(IElement heading) =>
        _title is not null && string.Equals(Normalise(heading.TextContent), Normalise(_title), StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private void AppendText(string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (_current.Length > 0 && _current[^1] != ' ' && _current[^1] != '\n') _current.Append(' ');
            }
            else _current.Append(c);
        }
    }

    private void Flush()
    {
        if (_current.Length == 0) return;
        var lines = _current.ToString().Split('\n');
        _current.Clear();
        var text = string.Join('\n', lines.Select(l => l.Trim()).Where(l => l.Length > 0));
        if (text.Length == 0 || BoilerplateSignals.IsBoilerplateLine(text)) return;
        _paragraphs.Add(text);
        _chars += text.Length;
    }
}
