using System.Globalization;
using Microsoft.Extensions.Options;
using Storyline.Storage;
using Storyline.Storage.Model;
using Storyline.Stories;

namespace Storyline.Web.Feeds;

/// <summary>Feeds out: the front page, one story (its coverage and published comments) and a search, each as Atom, RSS 2.0 and JSON Feed.</summary>
public static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/feeds").WithTags("Feeds");
        feeds.MapGet("/stories.{format}", FrontAsync).WithName("FrontPageFeed").WithSummary("The front page (or one topic) as Atom (atom), RSS 2.0 (rss) or JSON Feed (json)")
            .ProducesFeed().Produces(StatusCodes.Status400BadRequest);
        feeds.MapGet("/stories/{id:long}.{format}", StoryAsync).WithName("StoryFeed").WithSummary("A story's coverage and published comments as a feed").ProducesFeed();
        feeds.MapGet("/search.{format}", SearchAsync).WithName("SearchFeed").WithSummary("Search results as a feed").ProducesFeed().Produces(StatusCodes.Status400BadRequest);
        return app;
    }

    private static async Task<IResult> FrontAsync(string format, string? topic, HttpContext context, IStorylineStore store, PageCache cache,
        IOptions<WebOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!IsFormat(format)) return TypedResults.NotFound();
        var filter = string.IsNullOrWhiteSpace(topic) ? null : topic.Trim();
        if (filter is { Length: > 0 } && filter.Length > options.Value.MaxQueryChars) return TypedResults.BadRequest();
        var root = BaseUrl(context, options.Value);
        var body = await cache.GetOrAddAsync($"feed|{format}|{filter?.ToLowerInvariant()}|{root}", async () =>
        {
            var stories = await store.ListStoriesAsync(new StoryListQuery { Limit = options.Value.FeedItems, Now = time.GetUtcNow(), Filter = filter }, cancellationToken);
            var query = filter is null ? "" : "?topic=" + Uri.EscapeDataString(filter);
            return Write(format, new FeedDocument
            {
                Title = filter is null ? "Storyline: front page" : $"Storyline: {filter}",
                Id = $"{root}/{query}",
                HomeUrl = $"{root}/{query}",
                FeedUrl = $"{root}/feeds/stories.{format}{query}",
                Updated = stories.Count == 0 ? time.GetUtcNow() : stories.Max(s => s.LastPublished),
                Entries = stories.Select(s => new FeedEntry
                {
                    Id = $"{root}/stories/{s.Id}",
                    Title = s.Title,
                    Url = $"{root}/stories/{s.Id}",
                    Published = s.FirstPublished,
                    Updated = s.LastPublished,
                    Summary = $"{s.ArticleCount} reports from {string.Join(", ", s.Sources)}; {s.CommentCount} comments.",
                }).ToList(),
            });
        });
        return TypedResults.Text(body!, ContentType(format));
    }

    private static async Task<IResult> StoryAsync(long id, string format, HttpContext context, StoryService stories, IOptions<WebOptions> options,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (!IsFormat(format)) return TypedResults.NotFound();
        var view = await stories.GetAsync(id, cancellationToken);
        if (view is null) return TypedResults.NotFound();
        var root = BaseUrl(context, options.Value);
        var page = $"{root}/stories/{id}";
        var entries = view.Story.Articles.Select(a => new FeedEntry
        {
            Id = $"{page}#a{a.Id}",
            Title = $"{a.Source}: {a.Title}",
            Url = $"{page}#a{a.Id}",
            Published = a.Published,
            Updated = a.Published,
            Summary = Excerpt(a.Text),
            Author = a.Source,
        }).Concat(view.Comments.Where(c => c.Status == CommentStatus.Published).Select(c => new FeedEntry
        {
            Id = $"{page}#c{c.Id}",
            Title = $"Comment by {c.Author}",
            Url = $"{page}#c{c.Id}",
            Published = c.Created,
            Updated = c.Created,
            Summary = Excerpt(c.Text),
            Author = c.Author,
        })).OrderByDescending(e => e.Published).Take(options.Value.FeedItems).ToList();
        var body = Write(format, new FeedDocument
        {
            Title = $"Storyline: {view.Story.Title}",
            Id = page,
            HomeUrl = page,
            FeedUrl = $"{root}/feeds/stories/{id}.{format}",
            Updated = entries.Count == 0 ? time.GetUtcNow() : entries.Max(e => e.Updated),
            Entries = entries,
        });
        return TypedResults.Text(body, ContentType(format));
    }

    private static async Task<IResult> SearchAsync(string format, string? q, HttpContext context, IStorylineStore store, IOptions<WebOptions> options,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (!IsFormat(format)) return TypedResults.NotFound();
        var text = (q ?? "").Trim();
        if (text.Length > options.Value.MaxQueryChars) return TypedResults.BadRequest();
        var hits = text.Length == 0 ? [] : await store.SearchAsync(new SearchQuery { Text = text, Limit = options.Value.FeedItems }, cancellationToken);
        var root = BaseUrl(context, options.Value);
        var query = "?q=" + Uri.EscapeDataString(text);
        var body = Write(format, new FeedDocument
        {
            Title = $"Storyline: search for {text}",
            Id = $"{root}/search{query}",
            HomeUrl = $"{root}/search{query}",
            FeedUrl = $"{root}/feeds/search.{format}{query}",
            Updated = hits.Count == 0 ? time.GetUtcNow() : hits.Max(h => h.Published),
            Entries = hits.Select(h => new FeedEntry
            {
                Id = $"{root}/stories/{h.StoryId}#a{h.ArticleId}",
                Title = $"{h.Source}: {h.Title}",
                Url = $"{root}/stories/{h.StoryId}#a{h.ArticleId}",
                Published = h.Published,
                Updated = h.Published,
                Summary = h.Snippet.Replace(SearchHit.MarkStart.ToString(), "", StringComparison.Ordinal).Replace(SearchHit.MarkEnd.ToString(), "", StringComparison.Ordinal),
                Author = h.Source,
            }).ToList(),
        });
        return TypedResults.Text(body, ContentType(format));
    }

    /// <summary>Describes a feed answer in the OpenAPI document: its three media types, 404 for an unknown format or story.</summary>
    private static RouteHandlerBuilder ProducesFeed(this RouteHandlerBuilder route) =>
        route.Produces<string>(StatusCodes.Status200OK, "application/atom+xml", "application/rss+xml", "application/feed+json")
            .Produces(StatusCodes.Status404NotFound);

    /// <summary>The site's absolute address: configured, or the request's own scheme and host.</summary>
    public static string BaseUrl(HttpContext context, WebOptions options) =>
        !string.IsNullOrWhiteSpace(options.PublicUrl) ? options.PublicUrl.TrimEnd('/') : $"{context.Request.Scheme}://{context.Request.Host.Value}";

    private static bool IsFormat(string format) => format is "atom" or "rss" or "json";

    private static string Write(string format, FeedDocument feed) => format switch
    {
        "atom" => FeedWriter.Atom(feed),
        "rss" => FeedWriter.Rss(feed),
        _ => FeedWriter.Json(feed),
    };

    private static string ContentType(string format) => format switch
    {
        "atom" => "application/atom+xml; charset=utf-8",
        "rss" => "application/rss+xml; charset=utf-8",
        _ => "application/feed+json; charset=utf-8",
    };

    private static string Excerpt(string text)
    {
        const int MaxChars = 600;
        return text.Length <= MaxChars ? text : string.Create(CultureInfo.InvariantCulture, $"{text[..MaxChars].TrimEnd()}…");
    }
}
