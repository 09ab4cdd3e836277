using Microsoft.AspNetCore.Antiforgery;
using Storyline.Fetching;
using Storyline.Web.Html;

namespace Storyline.Web.Admin;

/// <summary>The markup of /admin/feeds: add form, OPML import and export, and each feed's health (last check, next check, last error).</summary>
public static class FeedAdminPage
{
    public static string Render(AntiforgeryTokenSet tokens, string user, IReadOnlyList<FeedState> feeds, string? notice, string? error)
    {
        var b = new HtmlBuilder(8192);
        b.Append($"{AdminPages.Nav(tokens, user)}<h1>Feeds</h1>");
        if (notice is not null) b.Append($"<p class=\"notice\" role=\"status\">{notice}</p>");
        if (error is not null) b.Append($"<div class=\"errors\" role=\"alert\">{error}</div>");
        b.Append($"""
            <h2 id="add-h">Add a feed</h2>
            <form class="comment-form" method="post" action="/admin/feeds" aria-labelledby="add-h">
            {AdminPages.Token(tokens)}
            <label for="feed-url">Feed address (RSS, Atom or JSON Feed)</label>
            <input id="feed-url" name="url" type="url" required maxlength="2048" placeholder="https://news.example/feed.xml">
            <button type="submit">Add feed</button>
            </form>
            <h2 id="import-h">Import and export OPML</h2>
            <form class="comment-form" method="post" action="/admin/feeds/import" enctype="multipart/form-data" aria-labelledby="import-h">
            {AdminPages.Token(tokens)}
            <label for="opml">OPML subscription list</label>
            <input id="opml" name="opml" type="file" accept=".opml,.xml,text/x-opml,application/xml,text/xml" required>
            <button type="submit">Import OPML</button>
            </form>
            <p><a href="/admin/feeds/export.opml">Export every feed as OPML</a></p>
            <h2 id="status-h">Status</h2>
            """);
        b.Append($"<p>{feeds.Count} {(feeds.Count == 1 ? "feed" : "feeds")}, {feeds.Count(f => f.LastError is not null)} failing.</p>");
        b.Append($"<table aria-labelledby=\"status-h\"><thead><tr><th scope=\"col\">Feed</th><th scope=\"col\">Last check</th><th scope=\"col\">Next check</th><th scope=\"col\">Last error</th><th scope=\"col\"><span class=\"vh\">Remove</span></th></tr></thead><tbody>");
        foreach (var f in feeds)
        {
            b.Append($"<tr><td>{f.Title ?? f.Url.ToString()}<br><span class=\"meta\">{f.Url.ToString()}");
            if (f.MovedTo is not null) b.Append($" → {f.MovedTo.ToString()}");
            if (f.Category is not null) b.Append($" · {f.Category}");
            b.Append($"</span></td><td>{(f.LastCheck is { } c ? PageLayout.Time(c) : new HtmlText("never"))}");
            if (f.LastSuccess is { } ok && ok != f.LastCheck) b.Append($"<br><span class=\"meta\">last success {PageLayout.Time(ok)}</span>");
            b.Append($"</td><td>{(f.NextCheck is { } n ? PageLayout.Time(n) : new HtmlText("now"))}</td>");
            b.Append($"<td>{f.LastError ?? ""}{(f.ErrorCount > 1 ? $" ({f.ErrorCount} failures in a row)" : "")}</td>");
            b.Append($"<td><form method=\"post\" action=\"/admin/feeds/remove\">{AdminPages.Token(tokens)}<input type=\"hidden\" name=\"url\" value=\"{f.Url.AbsoluteUri}\"><button type=\"submit\" aria-label=\"Remove {f.Url.AbsoluteUri}\">Remove</button></form></td></tr>");
        }
        b.Append($"</tbody></table>");
        return PageLayout.Render("Feeds", b.ToHtml());
    }
}
