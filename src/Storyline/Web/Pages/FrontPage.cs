using Storyline.Storage.Model;
using Storyline.Web.Html;

namespace Storyline.Web.Pages;

/// <summary>Renders the front page: the ranked stories with outlets, time, comment count, topics and paging.</summary>
public static class FrontPage
{
    public static string Render(IReadOnlyList<StorySummary> stories, int page, int pageSize, bool hasMore, string? topic)
    {
        var b = new HtmlBuilder(16 * 1024);
        if (topic is null) b.Append($"<h1>Today's stories</h1>");
        else b.Append($"<h1>Stories about “{topic}”</h1><p><a href=\"/\">All stories</a> · <a href=\"/feeds/stories.atom?topic={Uri.EscapeDataString(topic)}\">Atom feed of this topic</a> · <a href=\"/subscriptions?follow={Uri.EscapeDataString("topic:" + topic)}\">follow by e-mail</a></p>");
        if (stories.Count == 0) b.Append($"<p>No stories yet.</p>");
        b.Append($"<ol class=\"stories\" start=\"{(page - 1) * pageSize + 1}\">");
        foreach (var s in stories)
        {
            var outlets = string.Join(", ", s.Sources);
            b.Append($"""
                <li><a class="story-title" href="/stories/{s.Id}">{s.Title}</a>
                <div class="meta">{s.Sources.Count} {(s.Sources.Count == 1 ? "outlet" : "outlets")}: {outlets} · {PageLayout.Time(s.LastPublished)} · <a href="/stories/{s.Id}#discussion">{s.CommentCount} {(s.CommentCount == 1 ? "comment" : "comments")}</a></div>
                """);
            var topics = s.Articles.SelectMany(a => a.Topics).Distinct(StringComparer.OrdinalIgnoreCase).Take(6).ToList();
            if (topics.Count > 0)
            {
                b.Append($"<div class=\"tags\">Topics: ");
                foreach (var t in topics) b.Append($"<a href=\"/?topic={Uri.EscapeDataString(t.ToLowerInvariant())}\">{t}</a> ");
                b.Append($"</div>");
            }
            b.Append($"</li>");
        }
        b.Append($"</ol><nav class=\"pager\" aria-label=\"Pages\">");
        var filter = topic is null ? "" : "&topic=" + Uri.EscapeDataString(topic);
        b.Append(page > 1 ? Link($"/?page={page - 1}{filter}", "← Newer stories", "prev") : HtmlText.Empty);
        b.Append(hasMore ? Link($"/?page={page + 1}{filter}", "Older stories →", "next") : HtmlText.Empty);
        b.Append($"</nav>");
        return PageLayout.Render(topic is null ? "Front page" : topic, b.ToHtml());
    }

    private static HtmlText Link(string href, string text, string rel)
    {
        var b = new HtmlBuilder(128);
        b.Append($"<a href=\"{href}\" rel=\"{rel}\">{text}</a>");
        return b.ToHtml();
    }
}
