using System.Globalization;

namespace Storyline.Web.Html;

/// <summary>The shell of every page: head, skip link, header with search, main, footer.</summary>
public static class PageLayout
{
    public static string Render(string title, HtmlText main, HtmlText? feedLinks = null, string? query = null)
    {
        var page = new HtmlBuilder(main.Value.Length + 2048);
        page.Append($"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · Storyline</title>
            <link rel="stylesheet" href="/static/site.css">
            <link rel="alternate" type="application/atom+xml" title="Storyline: front page (Atom)" href="/feeds/stories.atom">
            {feedLinks ?? HtmlText.Empty}
            </head>
            <body>
            <a class="skip" href="#main">Skip to content</a>
            <header class="site">
            <a class="brand" href="/">Storyline</a>
            <form class="search" role="search" method="get" action="/search">
            <label for="q" class="vh">Search stories</label>
            <input id="q" name="q" type="search" value="{query}" placeholder="Search stories" maxlength="200">
            <button type="submit">Search</button>
            </form>
            </header>
            <main id="main" tabindex="-1">
            {main}
            </main>
            <footer class="site"><p>Storyline · <a href="/feeds/stories.atom">Atom</a> · <a href="/feeds/stories.rss">RSS</a> · <a href="/feeds/stories.json">JSON Feed</a> · <a href="/api/stories">API</a> · <a href="/subscriptions?follow=front">Front page by e-mail</a></p></footer>
            </body>
            </html>
            """);
        return page.ToString();
    }

    /// <summary>A time as readers see it: UTC, unambiguous, without seconds.</summary>
    public static HtmlText Time(DateTimeOffset t)
    {
        var utc = t.ToUniversalTime();
        var b = new HtmlBuilder(96);
        b.Append($"<time datetime=\"{utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}\">{utc.ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture)}</time>");
        return b.ToHtml();
    }

    /// <summary>Plain text as paragraphs: blank lines split paragraphs, single newlines become line breaks.</summary>
    public static HtmlText Paragraphs(string text) => AppendParagraphs(new HtmlBuilder(text.Length + 64), text).ToHtml();

    /// <summary>Appends <paramref name="text"/> as paragraphs straight into a page (article texts are long: no intermediate copy).</summary>
    public static HtmlBuilder AppendParagraphs(HtmlBuilder b, string text)
    {
        foreach (var para in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            b.Append($"<p>");
            var first = true;
            foreach (var line in para.Split('\n'))
            {
                if (!first) b.Append($"<br>");
                b.Text(line);
                first = false;
            }
            b.Append($"</p>");
        }
        return b;
    }

    /// <summary>An outbound link only for http(s) addresses; anything else (javascript:, data:) stays text.</summary>
    public static HtmlText ExternalLink(string? url, string text)
    {
        var b = new HtmlBuilder(128);
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            b.Append($"<a href=\"{uri.AbsoluteUri}\" rel=\"nofollow noopener noreferrer\">{text}</a>");
        else
            b.Text(text);
        return b.ToHtml();
    }
}
