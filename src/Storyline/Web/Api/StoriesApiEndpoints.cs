using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Storyline.Api;
using Storyline.Api.Json;
using Storyline.Discussion;
using Storyline.Storage;
using Storyline.Storage.Model;
using Storyline.Stories;
using Storyline.Web.Security;

namespace Storyline.Web.Api;

/// <summary>The JSON API of stories: the same shapes as <c>storyline stories --json</c> and <c>storyline story ID --json</c>.</summary>
public static class StoriesApiEndpoints
{
    public static IEndpointRouteBuilder MapStoriesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/stories").WithTags("Stories");
        api.MapGet("/", ListAsync).WithName("ListStories").WithSummary("Stories ranked by freshness and breadth of coverage");
        api.MapGet("/{id:long}", GetAsync).WithName("GetStory").WithSummary("One story with entities, quotes, claims, differences and published comments")
            .WithDescription("A story merged into another answers 301 with the Location of the story it became.")
            .Produces<StoryJson>().Produces(StatusCodes.Status301MovedPermanently).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id:long}/comments", PostCommentAsync).RequireRateLimiting(RateLimits.Posts).WithName("PostComment")
            .WithSummary("Posts a comment; answers the stored comment with its moderation status")
            .WithDescription("The e-mail is stored for moderation and never shown. Status is published, held (visible to moderators only) or rejected. "
                + "Rate-limited per client: 429 with Retry-After when exceeded.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    private static async Task<Ok<List<StorySummaryJson>>> ListAsync(
        int? offset, int? limit, string? topic, IStorylineStore store, IOptions<WebOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var stories = await store.ListStoriesAsync(new StoryListQuery
        {
            Offset = Math.Max(0, offset ?? 0),
            Limit = Math.Clamp(limit ?? options.Value.PageSize, 1, options.Value.MaxApiStories),
            Now = time.GetUtcNow(),
            Filter = string.IsNullOrWhiteSpace(topic) ? null : topic.Trim(),
        }, cancellationToken);
        return TypedResults.Ok(stories.Select(StoryJsonMapper.Summary).ToList());
    }

    /// <summary>
    /// The same for every reader (published comments only), so it is cached like the pages: merging a story's analysis
    /// is the expensive part, and the cache is dropped whenever a comment or an article changes anything.
    /// </summary>
    private static async Task<Results<FileContentHttpResult, RedirectHttpResult, ProblemHttpResult>> GetAsync(long id, StoryService stories, PageCache cache,
        IStorylineStore store, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var body = await cache.GetOrAddAsync(PageCache.StoryJsonKey(id), async () =>
            await stories.GetJsonAsync(id, includeUnpublished: false, cancellationToken) is { } story
                ? JsonSerializer.SerializeToUtf8Bytes(story, json.Value.SerializerOptions)
                : null);
        if (body is not null) return TypedResults.Bytes(body, "application/json; charset=utf-8");
        // Old ids of merged stories keep working, as on the story page.
        return await store.ResolveStoryIdAsync(id, cancellationToken) is { } live && live != id
            ? TypedResults.Redirect($"/api/stories/{live.ToString(System.Globalization.CultureInfo.InvariantCulture)}", permanent: true)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No story with id {id}.");
    }

    private static async Task<Results<Created<CommentJson>, ValidationProblem, ProblemHttpResult>> PostCommentAsync(
        long id, ApiCommentRequest request, HttpContext context, CommentService comments, IStorylineStore store, PageCache cache,
        CancellationToken cancellationToken)
    {
        var result = await comments.PostAsync(new PostCommentRequest
        {
            StoryId = id,
            ParentId = request.Parent,
            Author = request.Author,
            Email = request.Email,
            Text = request.Text,
            ClientKey = ClientKeys.For(context),
        }, cancellationToken);
        switch (result)
        {
            case PostCommentResult.Banned:
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You can no longer post comments here.");
            case PostCommentResult.Accepted accepted:
                cache.InvalidateStory(id);
                return TypedResults.Created($"/stories/{id}#c{accepted.Comment.Id}", StoryJsonMapper.Comment(accepted.Comment));
            case PostCommentResult.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors.ToDictionary(e => e.Key, e => new[] { e.Value }, StringComparer.Ordinal));
            default:
                if (await store.GetStoryAsync(id, cancellationToken) is null)
                    return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No story with id {id}.");
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["parent"] = ["The comment you reply to is not in this story."] });
        }
    }
}
