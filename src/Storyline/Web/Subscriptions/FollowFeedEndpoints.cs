using Microsoft.Extensions.Options;
using Storyline.Storage;
using Storyline.Subscriptions;
using Storyline.Web.Feeds;

namespace Storyline.Web.Subscriptions;

/// <summary>
/// Following without an account, for the targets the front-page feed does not cover: an outlet's or an entity's new
/// reports as Atom, RSS 2.0 or JSON Feed (<c>/feeds/outlets/{name}.{format}</c>, <c>/feeds/entities/{name}.{format}</c>),
/// the same selection an e-mail digest of <c>outlet:NAME</c> or <c>entity:NAME</c> makes.
/// </summary>
public static class FollowFeedEndpoints
{
    /// <summary>How far back a follow feed looks; a feed reader polls far more often than this.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    public static IEndpointRouteBuilder MapFollowFeeds(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/feeds").WithTags("Feeds");
        feeds.MapGet("/outlets/{name}.{format}", (string name, string format, HttpContext context, CancellationToken cancellationToken) =>
                FeedAsync(FollowKind.Outlet, name, format, context, cancellationToken))
            .WithName("OutletFeed").WithSummary("An outlet's new reports as Atom (atom), RSS 2.0 (rss) or JSON Feed (json)");
        feeds.MapGet("/entities/{name}.{format}", (string name, string format, HttpContext context, CancellationToken cancellationToken) =>
                FeedAsync(FollowKind.Entity, name, format, context, cancellationToken))
            .WithName("EntityFeed").WithSummary("New reports of stories naming a person, place or organisation, as a feed");
        return app;
    }

    private static async Task<IResult> FeedAsync(FollowKind kind, string name, string format, HttpContext context, CancellationToken cancellationToken)
    {
        if (format is not ("atom" or "rss" or "json")) return TypedResults.NotFound();
        var prefix = kind == FollowKind.Outlet ? "outlet:" : "entity:";
        if (!FollowTarget.TryParse(prefix + name, out var target, out var error)) return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: error);
        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptions<WebOptions>>().Value;
        var store = services.GetRequiredService<IStorylineStore>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var root = FeedEndpoints.BaseUrl(context, options);
        var self = $"{root}/feeds/{(kind == FollowKind.Outlet ? "outlets" : "entities")}/{Uri.EscapeDataString(target.Value)}.{format}";
        async Task<string?> Render()
        {
            var items = await store.ListDigestItemsAsync(target.ToString(), now - Window, now, options.FeedItems, cancellationToken);
            var feed = new FeedDocument
            {
                Title = kind == FollowKind.Outlet ? $"Storyline: reports from {target.Value}" : $"Storyline: {target.Value}",
                Id = self,
                HomeUrl = $"{root}/",
                FeedUrl = self,
                Updated = items.Count == 0 ? now : items.Max(i => i.Published),
                Entries = items.OrderByDescending(i => i.Published).ThenByDescending(i => i.ArticleId).Select(i => new FeedEntry
                {
                    Id = $"{root}/stories/{i.StoryId}#a{i.ArticleId}",
                    Title = $"{i.Source}: {i.Title}",
                    Url = $"{root}/stories/{i.StoryId}#a{i.ArticleId}",
                    Published = i.Published,
                    Updated = i.Published,
                    Summary = $"Coverage of “{i.StoryTitle}”.",
                    Author = i.Source,
                }).ToList(),
            };
            return format switch { "atom" => FeedWriter.Atom(feed), "rss" => FeedWriter.Rss(feed), _ => FeedWriter.Json(feed) };
        }
        // Cached with the site's pages when the site has its page cache: feed readers poll, and the query spans a month.
        var body = services.GetService<PageCache>() is { } cache ? await cache.GetOrAddAsync($"follow-feed|{self}", Render) : await Render();
        var type = format switch
        {
            "atom" => "application/atom+xml; charset=utf-8",
            "rss" => "application/rss+xml; charset=utf-8",
            _ => "application/feed+json; charset=utf-8",
        };
        return TypedResults.Text(body!, type);
    }
}
