using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Storyline.Storage;
using Storyline.Storage.Model;

namespace Storyline.Web.Pages;

/// <summary><c>GET /</c>: the front page.</summary>
public static class FrontPageEndpoints
{
    public static IEndpointRouteBuilder MapFrontPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", GetAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<FileContentHttpResult, BadRequest<string>>> GetAsync(
        int? page, string? topic, IStorylineStore store, PageCache cache, IOptions<WebOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var number = Math.Clamp(page ?? 1, 1, o.MaxPage);
        var filter = string.IsNullOrWhiteSpace(topic) ? null : topic.Trim();
        if (filter is { Length: > 0 } && filter.Length > o.MaxQueryChars) return TypedResults.BadRequest("topic too long");
        var html = await cache.GetOrAddAsync($"front|{number}|{filter?.ToLowerInvariant()}", async () =>
        {
            var stories = await store.ListStoriesAsync(new StoryListQuery
            {
                Offset = (number - 1) * o.PageSize,
                Limit = o.PageSize + 1,
                Now = time.GetUtcNow(),
                Filter = filter,
            }, cancellationToken);
            return System.Text.Encoding.UTF8.GetBytes(FrontPage.Render(stories.Take(o.PageSize).ToList(), number, o.PageSize, stories.Count > o.PageSize, filter));
        });
        return TypedResults.Bytes(html!, "text/html; charset=utf-8");
    }
}
