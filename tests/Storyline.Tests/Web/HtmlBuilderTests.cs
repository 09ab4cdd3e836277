using Storyline.Web.Html;
using Storyline.Web.Search;
using Storyline.Storage.Model;

namespace Storyline.Tests.Web;

/// <summary>The HTML builder encodes every hole unless it is already markup.</summary>
public sealed class HtmlBuilderTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;")]
    [InlineData("\" onmouseover=\"x", "&quot; onmouseover=&quot;x")]
    [InlineData("O'Brien & Sons", "O&#x27;Brien &amp; Sons")]
    public void Append_StringHole_IsEncoded(string value, string expected)
    {
        var html = new HtmlBuilder().Append($"<p title=\"{value}\">{value}</p>").ToString();
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain(value, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_HtmlTextHole_IsKeptAsMarkup()
    {
        var inner = new HtmlBuilder().Append($"<b>{"x<y"}</b>").ToHtml();
        Assert.Equal("<p><b>x&lt;y</b></p>", new HtmlBuilder().Append($"<p>{inner}</p>").ToString());
    }

    [Fact]
    public void ExternalLink_JavascriptUrl_StaysText()
    {
        Assert.DoesNotContain("href", PageLayout.ExternalLink("javascript:alert(1)", "x").Value, StringComparison.Ordinal);
        Assert.Contains("href=\"https://news.example/a\"", PageLayout.ExternalLink("https://news.example/a", "x").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Highlight_EncodesTextAndMarksOnlyTheMatches()
    {
        var marked = $"a <b> {SearchHit.MarkStart}ferry{SearchHit.MarkEnd} & more";
        Assert.Equal("a &lt;b&gt; <mark>ferry</mark> &amp; more", SearchMarkup.Highlight(marked).Value);
    }
}
