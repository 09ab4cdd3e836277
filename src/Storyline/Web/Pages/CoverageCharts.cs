using Storyline.Storage.Model;
using Storyline.Web.Html;

namespace Storyline.Web.Pages;

/// <summary>Server-rendered SVG: when each outlet published (a timeline) and how much each outlet wrote (bars). No script, no external image.</summary>
public static class CoverageCharts
{
    private const int Width = 640;
    private const int RowHeight = 26;
    private const int LabelWidth = 150;
    private const int Pad = 12;
    private static readonly string[] Palette = ["#0b57a4", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f", "#9f1239"];

    public static HtmlText Timeline(IReadOnlyList<ArticleRecord> articles)
    {
        var outlets = Outlets(articles);
        var first = articles.Min(a => a.Published);
        var last = articles.Max(a => a.Published);
        var span = Math.Max(1, (last - first).TotalMinutes);
        var height = outlets.Count * RowHeight + 40;
        var b = new HtmlBuilder(2048);
        b.Append($"<svg role=\"img\" aria-labelledby=\"tl-title\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        b.Append($"<title id=\"tl-title\">Coverage timeline: {articles.Count} reports by {outlets.Count} outlets from {Stamp(first)} to {Stamp(last)}</title>");
        var x0 = LabelWidth + Pad;
        var x1 = Width - Pad;
        for (var row = 0; row < outlets.Count; row++)
        {
            var y = 20 + row * RowHeight;
            b.Append($"<text x=\"{LabelWidth}\" y=\"{y + 5}\" text-anchor=\"end\" font-size=\"13\" fill=\"#333\">{Clip(outlets[row])}</text>");
            b.Append($"<line x1=\"{x0}\" x2=\"{x1}\" y1=\"{y}\" y2=\"{y}\" stroke=\"#ddd\"/>");
        }
        foreach (var a in articles)
        {
            var row = outlets.IndexOf(a.Source);
            var x = x0 + (x1 - x0) * ((a.Published - first).TotalMinutes / span);
            if (articles.Count == 1 || span <= 1) x = (x0 + x1) / 2.0;
            b.Append($"<circle cx=\"{x:0.#}\" cy=\"{20 + row * RowHeight}\" r=\"6\" fill=\"{Palette[row % Palette.Length]}\"><title>{a.Source}: {a.Title} ({Stamp(a.Published)})</title></circle>");
        }
        var axisY = 20 + outlets.Count * RowHeight;
        b.Append($"<text x=\"{x0}\" y=\"{axisY}\" font-size=\"12\" fill=\"#555\">{Stamp(first)}</text>");
        if (span > 1) b.Append($"<text x=\"{x1}\" y=\"{axisY}\" font-size=\"12\" fill=\"#555\" text-anchor=\"end\">{Stamp(last)}</text>");
        b.Append($"</svg>");
        return b.ToHtml();
    }

    public static HtmlText OutletBars(IReadOnlyList<ArticleRecord> articles)
    {
        var outlets = Outlets(articles);
        var words = outlets.Select(o => articles.Where(a => a.Source == o).Sum(a => CountWords(a.Text))).ToList();
        var max = Math.Max(1, words.Max());
        var height = outlets.Count * RowHeight + 10;
        var b = new HtmlBuilder(2048);
        b.Append($"<svg role=\"img\" aria-labelledby=\"bars-title\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        b.Append($"<title id=\"bars-title\">Words published per outlet</title>");
        for (var row = 0; row < outlets.Count; row++)
        {
            var y = 6 + row * RowHeight;
            var w = Math.Max(2, (Width - LabelWidth - 2 * Pad - 90) * (words[row] / (double)max));
            b.Append($"<text x=\"{LabelWidth}\" y=\"{y + 14}\" text-anchor=\"end\" font-size=\"13\" fill=\"#333\">{Clip(outlets[row])}</text>");
            b.Append($"<rect x=\"{LabelWidth + Pad}\" y=\"{y}\" width=\"{w:0.#}\" height=\"18\" fill=\"{Palette[row % Palette.Length]}\"/>");
            b.Append($"<text x=\"{LabelWidth + Pad + w + 6:0.#}\" y=\"{y + 14}\" font-size=\"12\" fill=\"#333\">{words[row]} words</text>");
        }
        b.Append($"</svg>");
        return b.ToHtml();
    }

    private static List<string> Outlets(IReadOnlyList<ArticleRecord> articles) => articles.Select(a => a.Source).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Words as runs of non-space characters, counted without splitting (article texts are long).</summary>
    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord) count++;
            inWord = !space;
        }
        return count;
    }

    private static string Clip(string s) => s.Length <= 22 ? s : s[..21] + "…";

    private static string Stamp(DateTimeOffset t) => t.ToUniversalTime().ToString("d MMM HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
