using System.Globalization;
using Storyline.Stories;
using Storyline.Web.Html;

namespace Storyline.Web.Pages;

/// <summary>Renders a story: coverage per outlet, timeline and bars, entities, quotes, claims, differences, discussion.</summary>
public static class StoryPage
{
    public static string Render(StoryView view, IReadOnlySet<long> owned, CommentFormState? form)
    {
        var story = view.Story;
        var articles = story.Articles;
        var outlets = articles.Select(a => a.Source).Distinct(StringComparer.Ordinal).ToList();
        var byId = articles.ToDictionary(a => a.Id.ToString(CultureInfo.InvariantCulture), a => a.Source, StringComparer.Ordinal);
        var b = new HtmlBuilder(32 * 1024);
        b.Append($"<article class=\"story\"><h1>{story.Title}</h1>");
        b.Append($"<p class=\"meta\">{articles.Count} {(articles.Count == 1 ? "report" : "reports")} from {outlets.Count} {(outlets.Count == 1 ? "outlet" : "outlets")}: {string.Join(", ", outlets)} · first {PageLayout.Time(articles.Min(a => a.Published))} · <a href=\"/feeds/stories/{story.Id}.atom\">follow (Atom)</a> · <a href=\"/feeds/stories/{story.Id}.rss\">RSS</a> · <a href=\"/feeds/stories/{story.Id}.json\">JSON Feed</a></p>");

        b.Append($"<h2 id=\"timeline-h\">Coverage over time</h2>{CoverageCharts.Timeline(articles)}");
        b.Append($"<h2 id=\"outlets-h\">Coverage by outlet</h2>{CoverageCharts.OutletBars(articles)}");

        b.Append($"<h2 id=\"coverage\">Coverage</h2>");
        foreach (var a in articles)
        {
            b.Append($"<article class=\"coverage\" id=\"a{a.Id}\"><h3>{PageLayout.ExternalLink(a.Url, a.Title)}</h3>");
            b.Append($"<p class=\"meta\"><strong>{a.Source}</strong> · {PageLayout.Time(a.Published)}");
            if (!string.IsNullOrWhiteSpace(a.Byline)) b.Append($" · {a.Byline}");
            if (a.DuplicateOf is not null) b.Append($" · syndicated copy");
            b.Append($"</p>");
            if (!string.IsNullOrWhiteSpace(a.Subtitle)) b.Append($"<p><em>{a.Subtitle}</em></p>");
            if (!string.IsNullOrWhiteSpace(a.SourceLink)) b.Append($"<p class=\"meta\">Source: {PageLayout.ExternalLink(a.SourceLink, a.SourceLink)}</p>");
            b.Append($"<details><summary>Read the text from {a.Source}</summary>");
            PageLayout.AppendParagraphs(b, a.Text).Append($"</details></article>");
        }

        var insights = view.Insights;
        if (insights.Entities.Count > 0)
        {
            b.Append($"<h2 id=\"entities\">Who and what is named</h2><ul>");
            foreach (var e in insights.Entities)
            {
                b.Append($"<li><a href=\"/?topic={Uri.EscapeDataString(e.Name.ToLowerInvariant())}\">{e.Name}</a> <span class=\"meta\">({TypeName(e.Type.ToString())}");
                if (e.Aliases.Count > 0) b.Append($"; also “{string.Join("”, “", e.Aliases)}”");
                b.Append($"; in {Outlets(e.Articles, byId)})</span></li>");
            }
            b.Append($"</ul>");
        }
        if (insights.Quotes.Count > 0)
        {
            b.Append($"<h2 id=\"quotes\">Who said what</h2>");
            foreach (var q in insights.Quotes)
                b.Append($"<figure><blockquote><p>{q.Text}</p></blockquote><figcaption>— {q.Speaker ?? "unattributed"}, quoted by {Outlets([q.Article], byId)}</figcaption></figure>");
        }
        if (insights.Claims.Count > 0)
        {
            b.Append($"<h2 id=\"claims\">Facts and figures</h2><ul>");
            foreach (var c in insights.Claims) b.Append($"<li>{c.Text} <span class=\"meta\">({Outlets(c.Articles, byId)})</span></li>");
            b.Append($"</ul>");
        }
        if (insights.Differences.Count > 0)
        {
            b.Append($"<h2 id=\"differences\">Where the outlets differ</h2><ul>");
            foreach (var d in insights.Differences) b.Append($"<li>{d.Text} <span class=\"meta\">({Outlets(d.Articles, byId)})</span></li>");
            b.Append($"</ul>");
        }
        if (view.Related.Count > 0)
        {
            b.Append($"<h2 id=\"related\">Related stories</h2><ul>");
            foreach (var r in view.Related)
                b.Append($"<li><a href=\"/stories/{r.Story.Id}\">{r.Story.Title}</a> <span class=\"meta\">(also names {string.Join(", ", r.Shared)})</span></li>");
            b.Append($"</ul>");
        }
        b.Append($"</article>");
        b.Append(DiscussionSection.Render(story.Id, view.Comments, story.CommentsDeclared, owned, form));
        return PageLayout.Render(story.Title, b.ToHtml(), FeedLinks(story.Id));
    }

    private static string Outlets(IEnumerable<string> articleIds, Dictionary<string, string> byId) =>
        string.Join(", ", articleIds.Select(id => byId.GetValueOrDefault(id, "?")).Distinct(StringComparer.Ordinal));

    private static string TypeName(string type) => type switch
    {
        "Per" or "PER" or "Person" => "person",
        "Loc" or "LOC" or "Location" => "place",
        "Org" or "ORG" or "Organization" or "Organisation" => "organisation",
        _ => type.ToLowerInvariant(),
    };

    private static HtmlText FeedLinks(long id)
    {
        var b = new HtmlBuilder(256);
        b.Append($"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"This story (Atom)\" href=\"/feeds/stories/{id}.atom\">");
        return b.ToHtml();
    }
}
