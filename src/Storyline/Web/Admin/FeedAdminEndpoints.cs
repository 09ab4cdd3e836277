using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Storyline.Core.Feeds;
using Storyline.Fetching;

namespace Storyline.Web.Admin;

/// <summary>
/// The operator's feed pages under /admin/feeds: status of every subscription, add one, import and export OPML, remove.
/// The same subscription store and OPML reader/writer as <c>storyline feeds add|import|export</c>.
/// </summary>
public static class FeedAdminEndpoints
{
    public static RouteGroupBuilder MapFeedAdmin(this RouteGroupBuilder admin, AdminOptions options)
    {
        admin.MapGet("/feeds", ListAsync);
        admin.MapPost("/feeds", AddAsync);
        // An OPML list is larger than the site-wide body limit (sized for comments): this route alone takes more.
        admin.MapPost("/feeds/import", ImportAsync).WithMetadata(new RequestSizeLimitAttribute(options.MaxOpmlBytes));
        admin.MapGet("/feeds/export.opml", ExportAsync);
        admin.MapPost("/feeds/remove", RemoveAsync);
        return admin;
    }

    private static async Task<IResult> ListAsync(int? added, int? exists, int? imported, int? skipped, int? warnings, int? removed,
        HttpContext context, IAntiforgery af, IFeedStateStore feeds, CancellationToken cancellationToken)
    {
        var notice = (added, exists, imported, removed) switch
        {
            (1, _, _, _) => "Feed added: it is fetched at the next polling round.",
            (_, 1, _, _) => "That feed was subscribed already.",
            (_, _, { } n, _) => $"OPML imported: {n} added, {skipped ?? 0} already subscribed{(warnings is > 0 ? $", {warnings} warnings" : "")}.",
            (_, _, _, 1) => "Feed removed.",
            _ => null,
        };
        return await PageAsync(context, af, feeds, notice, null, StatusCodes.Status200OK, cancellationToken);
    }

    private static async Task<IResult> AddAsync([FromForm(Name = "url")] string? url, HttpContext context, IAntiforgery af, IFeedStateStore feeds,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (!TryParseFeedUrl(url, out var address))
            return await PageAsync(context, af, feeds, null, "The feed address must be an absolute http:// or https:// URL.", StatusCodes.Status400BadRequest, cancellationToken);
        var isNew = await feeds.AddAsync(new FeedState { Url = address, Added = time.GetUtcNow() }, cancellationToken);
        return TypedResults.Redirect(isNew ? "/admin/feeds?added=1" : "/admin/feeds?exists=1");
    }

    private static async Task<IResult> ImportAsync(IFormFile? opml, HttpContext context, IAntiforgery af, IFeedStateStore feeds, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (opml is null || opml.Length == 0)
            return await PageAsync(context, af, feeds, null, "Choose an OPML file to import.", StatusCodes.Status400BadRequest, cancellationToken);
        using var buffer = new MemoryStream((int)Math.Min(opml.Length, int.MaxValue));
        await opml.CopyToAsync(buffer, cancellationToken);
        if (new OpmlParser().Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) is not OpmlParseOutcome.Parsed parsed)
            return await PageAsync(context, af, feeds, null, "That file is not a readable OPML subscription list.", StatusCodes.Status400BadRequest, cancellationToken);
        var now = time.GetUtcNow();
        var added = 0;
        foreach (var feed in parsed.Feeds)
        {
            var state = new FeedState { Url = feed.XmlUrl, Title = feed.Title, SiteUrl = feed.HtmlUrl, Category = feed.Category, Added = now };
            if (await feeds.AddAsync(state, cancellationToken)) added++;
        }
        return TypedResults.Redirect($"/admin/feeds?imported={added}&skipped={parsed.Feeds.Count - added}&warnings={parsed.Warnings.Count}");
    }

    private static async Task<IResult> ExportAsync(HttpContext context, IFeedStateStore feeds, TimeProvider time, CancellationToken cancellationToken)
    {
        var list = await feeds.ListAsync(cancellationToken);
        var opml = OpmlWriter.Write("Storyline subscriptions",
            list.Select(f => new OpmlFeed { XmlUrl = f.FetchUrl, Title = f.Title, HtmlUrl = f.SiteUrl, Category = f.Category }), time.GetUtcNow());
        context.Response.Headers.ContentDisposition = "attachment; filename=\"storyline-feeds.opml\"";
        return TypedResults.Text(opml, "text/x-opml; charset=utf-8");
    }

    private static async Task<IResult> RemoveAsync([FromForm(Name = "url")] string? url, IFeedStateStore feeds, CancellationToken cancellationToken)
    {
        if (!TryParseFeedUrl(url, out var address) || !await feeds.RemoveAsync(address, cancellationToken)) return TypedResults.NotFound();
        return TypedResults.Redirect("/admin/feeds?removed=1");
    }

    private static async Task<IResult> PageAsync(HttpContext context, IAntiforgery af, IFeedStateStore feeds, string? notice, string? error, int status,
        CancellationToken cancellationToken)
    {
        var list = await feeds.ListAsync(cancellationToken);
        var html = FeedAdminPage.Render(af.GetAndStoreTokens(context), context.User.Identity?.Name ?? "operator", list, notice, error);
        return TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    /// <summary>The rule of <c>storyline feeds add</c>: an absolute http(s) address.</summary>
    private static bool TryParseFeedUrl(string? value, out Uri url)
    {
        url = null!;
        const int MaxUrlChars = 2048;
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxUrlChars) return false;
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https")) return false;
        url = parsed;
        return true;
    }
}
