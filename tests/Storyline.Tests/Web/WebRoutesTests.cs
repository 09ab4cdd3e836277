using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace Storyline.Tests.Web;

/// <summary>The routes of DESIGN.md answer with the right status, type and shape.</summary>
public sealed class WebRoutesTests(WebAppFixture site) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/?page=2", "text/html")]
    [InlineData("/?topic=transport", "text/html")]
    [InlineData("/stories/1", "text/html")]
    [InlineData("/search?q=ferry", "text/html")]
    [InlineData("/api/stories", "application/json")]
    [InlineData("/api/stories/1", "application/json")]
    [InlineData("/api/search?q=ferry", "application/json")]
    [InlineData("/feeds/stories.atom", "application/atom+xml")]
    [InlineData("/feeds/stories.rss", "application/rss+xml")]
    [InlineData("/feeds/stories.json", "application/feed+json")]
    [InlineData("/feeds/stories/1.atom", "application/atom+xml")]
    [InlineData("/feeds/search.json?q=water", "application/feed+json")]
    [InlineData("/openapi/v1.json", "application/json")]
    [InlineData("/healthz", "application/json")]
    [InlineData("/admin/login", "text/html")]
    public async Task Route_Answers200WithItsContentType(string path, string mediaType)
    {
        using var client = site.Client();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/stories/999999")]
    [InlineData("/api/stories/999999")]
    [InlineData("/feeds/stories/999999.atom")]
    [InlineData("/feeds/stories.xml")]
    public async Task UnknownThing_Answers404(string path)
    {
        using var client = site.Client();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task FrontPage_ShowsAtLeastFiveStoriesSeveralFromTwoOutlets()
    {
        using var client = site.Client();
        var stories = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/stories", UriKind.Relative), TestContext.Current.CancellationToken)).RootElement;
        Assert.True(stories.GetArrayLength() >= 5);
        Assert.True(stories.EnumerateArray().Count(s => s.GetProperty("sources").GetArrayLength() >= 2) >= 3);
    }

    [Fact]
    public async Task ApiStory_HasTheContractShape()
    {
        using var client = site.Client();
        var story = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/stories/1", UriKind.Relative), TestContext.Current.CancellationToken)).RootElement;
        foreach (var name in new[] { "id", "title", "articles", "entities", "quotes", "claims", "differences", "comments", "comments_declared" })
            Assert.True(story.TryGetProperty(name, out _), $"story has '{name}'");
        var article = story.GetProperty("articles")[0];
        foreach (var name in new[] { "id", "origin", "title", "source", "text" })
            Assert.True(article.TryGetProperty(name, out _), $"article has '{name}'");
        var comment = story.GetProperty("comments")[0];
        foreach (var name in new[] { "id", "parent", "author", "text", "status", "article" })
            Assert.True(comment.TryGetProperty(name, out _), $"comment has '{name}'");
        Assert.All(story.GetProperty("comments").EnumerateArray(), c => Assert.Equal("published", c.GetProperty("status").GetString()));
    }

    [Theory]
    [InlineData("/feeds/stories.atom", "{http://www.w3.org/2005/Atom}feed")]
    [InlineData("/feeds/stories/1.atom", "{http://www.w3.org/2005/Atom}feed")]
    [InlineData("/feeds/search.atom?q=ferry", "{http://www.w3.org/2005/Atom}feed")]
    [InlineData("/feeds/stories.rss", "rss")]
    [InlineData("/feeds/stories/1.rss", "rss")]
    public async Task XmlFeed_ParsesWithItsRootElement(string path, string root)
    {
        using var client = site.Client();
        var xml = XDocument.Parse(await client.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken));
        Assert.Equal(root, xml.Root!.Name.ToString());
        Assert.Contains(xml.Descendants(), e => e.Name.LocalName is "entry" or "item");
    }

    [Theory]
    [InlineData("/feeds/stories.json")]
    [InlineData("/feeds/stories/1.json")]
    public async Task JsonFeed_IsVersion11WithItems(string path)
    {
        using var client = site.Client();
        var feed = JsonDocument.Parse(await client.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
        Assert.All(feed.GetProperty("items").EnumerateArray(), i => Assert.False(string.IsNullOrEmpty(i.GetProperty("id").GetString())));
    }

    [Theory]
    [InlineData("\"ferry AND (")]
    [InlineData("title:* NEAR(")]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("***")]
    public async Task Search_WithQuerySyntax_AnswersWithoutError(string query)
    {
        using var client = site.Client();
        using var response = await client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString(query), UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Search_MarksTheMatchingWords()
    {
        using var client = site.Client();
        var hits = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/search?q=ferry", UriKind.Relative), TestContext.Current.CancellationToken)).RootElement;
        Assert.True(hits.GetArrayLength() > 0);
        Assert.Contains("<mark>", hits[0].GetProperty("snippet_html").GetString() + hits[0].GetProperty("title_html").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_CarrySecurityHeaders()
    {
        using var client = site.Client();
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task OpenApi_DescribesTheStoriesApi()
    {
        using var client = site.Client();
        var doc = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("/api/stories/{id}", doc, StringComparison.Ordinal);
        Assert.Contains("/api/search", doc, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_CoversEveryJsonAndFeedRouteWithItsErrors()
    {
        using var client = site.Client();
        var paths = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken))
            .RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/stories", "/api/stories/{id}", "/api/stories/{id}/comments", "/api/search", "/feeds/stories.{format}",
            "/feeds/stories/{id}.{format}", "/feeds/search.{format}", "/healthz" })
            Assert.True(paths.TryGetProperty(path, out _), $"the document describes {path}");
        var post = paths.GetProperty("/api/stories/{id}/comments").GetProperty("post").GetProperty("responses");
        foreach (var status in new[] { "201", "400", "403", "404", "429" }) Assert.True(post.TryGetProperty(status, out _), $"POST comments documents {status}");
        Assert.True(paths.GetProperty("/api/stories/{id}").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));
        Assert.True(paths.GetProperty("/feeds/stories.{format}").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content")
            .TryGetProperty("application/atom+xml", out _));
    }
}
