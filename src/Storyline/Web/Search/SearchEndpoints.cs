using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Storyline.Api;
using Storyline.Storage;
using Storyline.Storage.Model;
using Storyline.Web.Api;
using Storyline.Web.Html;

namespace Storyline.Web.Search;

/// <summary><c>GET /search?q=</c> (page) and <c>GET /api/search?q=</c> (JSON): full-text search with highlighting.</summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/search", PageAsync).ExcludeFromDescription();
        app.MapGet("/api/search", ApiAsync).WithTags("Search").WithName("Search").WithSummary("Articles matching the words of q, best first, with matches marked");
        return app;
    }

    private static async Task<Results<ContentHttpResult, BadRequest>> PageAsync(string? q, IStorylineStore store, IOptions<WebOptions> options, CancellationToken cancellationToken)
    {
        var text = (q ?? "").Trim();
        if (text.Length > options.Value.MaxQueryChars) return TypedResults.BadRequest();
        var hits = text.Length == 0 ? [] : await store.SearchAsync(new SearchQuery { Text = text, Limit = options.Value.SearchResults }, cancellationToken);
        var b = new HtmlBuilder(8192);
        b.Append($"<h1>Search</h1>");
        if (text.Length == 0) b.Append($"<p>Type some words in the search box.</p>");
        else
        {
            var feed = "/feeds/search.atom?q=" + Uri.EscapeDataString(text);
            b.Append($"<p>{hits.Count} {(hits.Count == 1 ? "report matches" : "reports match")} “{text}”. <a href=\"{feed}\">Follow this search (Atom)</a></p><ol class=\"stories\">");
            foreach (var h in hits)
            {
                b.Append($"<li><a class=\"story-title\" href=\"/stories/{h.StoryId}#a{h.ArticleId}\">{SearchMarkup.Highlight(h.TitleMarked)}</a>");
                b.Append($"<div class=\"meta\">{h.Source} · {PageLayout.Time(h.Published)}</div><p>{SearchMarkup.Highlight(h.Snippet)}</p></li>");
            }
            b.Append($"</ol>");
        }
        return TypedResults.Content(PageLayout.Render(text.Length == 0 ? "Search" : $"Search: {text}", b.ToHtml(), query: text), "text/html; charset=utf-8");
    }

    private static async Task<Results<Ok<List<SearchHitJson>>, BadRequest>> ApiAsync(
        string? q, int? offset, int? limit, IStorylineStore store, IOptions<WebOptions> options, CancellationToken cancellationToken)
    {
        var text = (q ?? "").Trim();
        if (text.Length > options.Value.MaxQueryChars) return TypedResults.BadRequest();
        var hits = text.Length == 0 ? [] : await store.SearchAsync(new SearchQuery
        {
            Text = text,
            Offset = Math.Max(0, offset ?? 0),
            Limit = Math.Clamp(limit ?? options.Value.SearchResults, 1, 100),
        }, cancellationToken);
        return TypedResults.Ok(hits.Select(h => new SearchHitJson(h.StoryId, h.ArticleId, h.Title, h.Source, StoryJsonMapper.Iso(h.Published),
            SearchMarkup.Highlight(h.TitleMarked).Value, SearchMarkup.Highlight(h.Snippet).Value)).ToList());
    }
}
