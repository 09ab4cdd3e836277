using Storyline.Storage.Model;
using Storyline.Web.Html;

namespace Storyline.Web.Search;

/// <summary>Turns marked search text into safe HTML: encode everything first, then swap the private-use markers for &lt;mark&gt;.</summary>
public static class SearchMarkup
{
    public static HtmlText Highlight(string marked) =>
        new(HtmlText.Encode(marked)
            .Replace(Marker(SearchHit.MarkStart), "<mark>", StringComparison.Ordinal)
            .Replace(Marker(SearchHit.MarkEnd), "</mark>", StringComparison.Ordinal));

    /// <summary>How the encoder writes a marker character (it escapes private-use code points).</summary>
    private static string Marker(char c) => HtmlText.Encode(c.ToString());
}
