using System.Net;

namespace Storyline.Tests.Web;

/// <summary>Every GET route answers HEAD with the same status and headers and no body (RFC 9110 §9.3.2).</summary>
public sealed class HeadRequestTests(WebAppFixture site) : IClassFixture<WebAppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/?topic=transport")]
    [InlineData("/stories/1")]
    [InlineData("/search?q=ferry")]
    [InlineData("/api/stories")]
    [InlineData("/api/stories/1")]
    [InlineData("/api/search?q=ferry")]
    [InlineData("/feeds/stories.atom")]
    [InlineData("/feeds/stories.rss")]
    [InlineData("/feeds/stories.json")]
    [InlineData("/feeds/stories/1.atom")]
    [InlineData("/feeds/search.rss?q=ferry")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/healthz")]
    [InlineData("/static/site.css")]
    [InlineData("/admin/login")]
    public async Task Head_OnAGetRoute_AnswersLikeGetWithoutABody(string path)
    {
        using var client = site.Client();
        using var get = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative)), Ct);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.ToString(), head.Content.Headers.ContentType?.ToString());
        Assert.Equal(get.Headers.GetValues("Content-Security-Policy"), head.Headers.GetValues("Content-Security-Policy"));
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(Ct));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/feeds/stories.atom")]
    [InlineData("/static/site.css")]
    public async Task Head_OnACachedPage_DeclaresTheLengthOfTheGetBody(string path)
    {
        using var client = site.Client();
        using var get = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        var body = await get.Content.ReadAsByteArrayAsync(Ct);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative)), Ct);
        Assert.Equal(body.Length, head.Content.Headers.ContentLength);
    }

    [Theory]
    [InlineData("/stories/999999", HttpStatusCode.NotFound)]
    [InlineData("/admin/feeds", HttpStatusCode.Redirect)]
    [InlineData("/stories/1/comments", HttpStatusCode.MethodNotAllowed)]
    public async Task Head_AnswersTheStatusGetWould(string path, HttpStatusCode status)
    {
        using var client = site.Client();
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative)), Ct);
        Assert.Equal(status, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(Ct));
    }
}
