namespace Storyline.Web.Api;

/// <summary>One search hit in <c>GET /api/search</c>; <c>title_html</c> and <c>snippet_html</c> are encoded text with &lt;mark&gt; around matches.</summary>
public sealed record SearchHitJson(long Story, long Article, string Title, string Source, string Published, string TitleHtml, string SnippetHtml);
