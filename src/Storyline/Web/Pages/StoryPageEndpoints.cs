using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Storyline.Discussion;
using Storyline.Storage;
using Storyline.Stories;
using Storyline.Web.Discussion;
using Storyline.Web.Security;

namespace Storyline.Web.Pages;

/// <summary><c>GET /stories/{id}</c> and the comment form <c>POST /stories/{id}/comments</c>.</summary>
public static class StoryPageEndpoints
{
    public static IEndpointRouteBuilder MapStoryPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/stories/{id:long}", GetAsync).ExcludeFromDescription();
        app.MapPost("/stories/{id:long}/comments", PostAsync).RequireRateLimiting(RateLimits.Posts).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> GetAsync(
        long id, HttpContext context, StoryService stories, IStorylineStore store, PageCache cache, OwnedComments owned, AntiforgeryFields antiforgery,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var mine = owned.Read(context);
        PageTemplate? page;
        if (mine.Count == 0)
        {
            page = await cache.GetOrAddAsync(PageCache.StoryPageKey(id), async () =>
                await LoadAsync(stories, id, time, cancellationToken) is { } view ? PageTemplate.Parse(StoryPage.Render(view, mine, null)) : null);
        }
        else
        {
            // Pages that show this browser's own held comments are per visitor: rendered fresh, never cached.
            page = await LoadAsync(stories, id, time, cancellationToken) is { } view ? PageTemplate.Parse(StoryPage.Render(view, mine, null)) : null;
        }
        if (page is not null) return page.ToResult(antiforgery, time);
        // A story merged into another keeps its address: old links and bookmarks move to the story it became.
        return await store.ResolveStoryIdAsync(id, cancellationToken) is { } live && live != id
            ? TypedResults.Redirect($"/stories/{live.ToString(CultureInfo.InvariantCulture)}", permanent: true)
            : TypedResults.NotFound();
    }

    /// <summary>Related stories shown per page.</summary>
    private const int RelatedStories = 5;

    private static async Task<StoryView?> LoadAsync(StoryService stories, long id, TimeProvider time, CancellationToken cancellationToken) =>
        await stories.GetAsync(id, cancellationToken) is { } view
            ? view with { Related = await stories.RelatedAsync(view, RelatedStories, time.GetUtcNow(), cancellationToken) }
            : null;

    private static async Task<IResult> PostAsync(
        long id,
        [FromForm(Name = "author")] string? author,
        [FromForm(Name = "email")] string? email,
        [FromForm(Name = "text")] string? text,
        [FromForm(Name = "parent")] string? parent,
        [FromForm(Name = "website")] string? honeypot,
        [FromForm(Name = "ts")] string? servedAt,
        HttpContext context, CommentService comments, StoryService stories, IStorylineStore store, PageCache cache, OwnedComments owned,
        AntiforgeryFields antiforgery, TimeProvider time, CancellationToken cancellationToken)
    {
        long? parentId = null;
        if (!string.IsNullOrWhiteSpace(parent))
        {
            if (!long.TryParse(parent, NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) || p <= 0)
                return await FormErrorAsync(id, null, author, text, new Dictionary<string, string>(StringComparer.Ordinal) { ["parent"] = "The comment you reply to does not exist." });
            parentId = p;
        }
        TimeSpan? elapsed = long.TryParse(servedAt, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)
            ? time.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(Math.Clamp(ms, 0, 253_402_300_799_000))
            : null;
        var result = await comments.PostAsync(new PostCommentRequest
        {
            StoryId = id,
            ParentId = parentId,
            Author = author,
            Email = email,
            Text = text,
            ClientKey = ClientKeys.For(context),
            Honeypot = honeypot,
            TimeToSubmit = elapsed,
        }, cancellationToken);
        switch (result)
        {
            case PostCommentResult.Banned:
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You can no longer post comments here.");
            case PostCommentResult.Accepted accepted:
                owned.Add(context, accepted.Comment.Id);
                cache.InvalidateStory(id);
                return TypedResults.Redirect($"/stories/{id}#c{accepted.Comment.Id}");
            case PostCommentResult.Invalid invalid:
                return await FormErrorAsync(id, parentId, author, text, invalid.Errors);
            default:
                if (await stories.GetAsync(id, cancellationToken) is null) return TypedResults.NotFound();
                return await FormErrorAsync(id, null, author, text, new Dictionary<string, string>(StringComparer.Ordinal) { ["parent"] = "The comment you reply to does not exist." });
        }

        async Task<IResult> FormErrorAsync(long storyId, long? replyTo, string? name, string? body, IReadOnlyDictionary<string, string> errors)
        {
            var view = await stories.GetAsync(storyId, cancellationToken);
            if (view is null) return TypedResults.NotFound();
            var html = StoryPage.Render(view, owned.Read(context), new CommentFormState { ParentId = replyTo, Author = name, Text = body, Errors = errors });
            return PageTemplate.Parse(html).ToResult(antiforgery, time, StatusCodes.Status400BadRequest);
        }
    }
}
