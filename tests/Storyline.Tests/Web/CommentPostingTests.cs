using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Storyline.Tests.Web;

/// <summary>Posting comments through the form and the JSON API: happy paths, bad input, antiforgery, no e-mail anywhere.</summary>
public sealed class CommentPostingTests(WebAppFixture site) : IClassFixture<WebAppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApiPost_Valid_Answers201WithTheStoredCommentAndStatus()
    {
        using var client = site.Client();
        using var response = await client.PostAsJsonAsync(new Uri("/api/stories/1/comments", UriKind.Relative),
            new { author = "Tester", email = "tester@example.org", text = "A fair summary of the strike.", parent = (long?)null }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var comment = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.True(comment.GetProperty("id").GetInt64() > 0);
        Assert.Contains(comment.GetProperty("status").GetString(), new[] { "published", "held", "rejected" });
        Assert.False(comment.TryGetProperty("email", out _));
    }

    [Theory]
    [InlineData("", "a@example.org", "text", "author")]
    [InlineData("Name", "", "text", "email")]
    [InlineData("Name", "not-an-address", "text", "email")]
    [InlineData("Name", "a@example.org", "", "text")]
    public async Task ApiPost_MissingOrBadField_Answers400ProblemNamingIt(string author, string email, string text, string field)
    {
        using var client = site.Client();
        using var response = await client.PostAsJsonAsync(new Uri("/api/stories/1/comments", UriKind.Relative), new { author, email, text }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task ApiPost_HugeText_Answers400()
    {
        using var client = site.Client();
        using var response = await client.PostAsJsonAsync(new Uri("/api/stories/1/comments", UriKind.Relative),
            new { author = "Long", email = "long@example.org", text = new string('x', 20_000) }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ApiPost_BodyOverTheLimit_IsRefused()
    {
        using var client = site.Client();
        using var response = await client.PostAsJsonAsync(new Uri("/api/stories/1/comments", UriKind.Relative),
            new { author = "Big", email = "big@example.org", text = new string('x', 200_000) }, Ct);
        Assert.True((int)response.StatusCode is 400 or 413);
    }

    [Fact]
    public async Task ApiPost_UnknownStory_Answers404()
    {
        using var client = site.Client();
        using var response = await client.PostAsJsonAsync(new Uri("/api/stories/999999/comments", UriKind.Relative),
            new { author = "A", email = "a@example.org", text = "Hello" }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ApiPost_ParentFromAnotherStory_Answers400()
    {
        using var client = site.Client();
        using var response = await client.PostAsJsonAsync(new Uri("/api/stories/2/comments", UriKind.Relative),
            new { author = "A", email = "a@example.org", text = "Hello", parent = 1 }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task FormPost_WithoutAntiforgeryToken_Answers400()
    {
        using var client = site.Client();
        using var response = await client.PostAsync(new Uri("/stories/1/comments", UriKind.Relative),
            FormHelper.Form(("author", "A"), ("email", "a@example.org"), ("text", "Hello")), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task FormPost_Valid_RedirectsToTheCommentAnchorAndRendersScriptInert()
    {
        using var client = site.Client();
        var token = await FormHelper.AntiforgeryTokenAsync(client, "/stories/2");
        using var response = await client.PostAsync(new Uri("/stories/2/comments", UriKind.Relative), FormHelper.Form(
            ("__RequestVerificationToken", token), ("author", "Script <b>Kid</b>"), ("email", "kid@example.org"),
            ("text", "Nice <script>alert('x')</script> barrier <img src=x onerror=alert(1)>"), ("website", ""), ("ts", "0")), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.Matches("^/stories/2#c[0-9]+$", location);
        var page = await client.GetStringAsync(new Uri("/stories/2", UriKind.Relative), Ct);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Kid</b>", page, StringComparison.Ordinal);
        Assert.Contains("id=\"" + location[(location.IndexOf('#', StringComparison.Ordinal) + 1)..] + "\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormPost_MissingText_Answers400WithTheFormAndItsErrors()
    {
        using var client = site.Client();
        var token = await FormHelper.AntiforgeryTokenAsync(client, "/stories/2");
        using var response = await client.PostAsync(new Uri("/stories/2/comments", UriKind.Relative), FormHelper.Form(
            ("__RequestVerificationToken", token), ("author", "Quiet"), ("email", "quiet@example.org"), ("text", "")), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Please write a comment.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormPost_BadParent_Answers400()
    {
        using var client = site.Client();
        var token = await FormHelper.AntiforgeryTokenAsync(client, "/stories/2");
        using var response = await client.PostAsync(new Uri("/stories/2/comments", UriKind.Relative), FormHelper.Form(
            ("__RequestVerificationToken", token), ("author", "A"), ("email", "a@example.org"), ("text", "Hi"), ("parent", "987654")), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task EmailAddress_AppearsInNoPageAnswerOrFeed()
    {
        const string Email = "secret.reader.4711@example.org";
        using var client = site.Client();
        using var posted = await client.PostAsJsonAsync(new Uri("/api/stories/1/comments", UriKind.Relative),
            new { author = "Secret Reader", email = Email, text = "Thanks for collecting all the outlets in one place." }, Ct);
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        foreach (var path in new[] { "/", "/stories/1", "/api/stories", "/api/stories/1", "/feeds/stories.atom", "/feeds/stories/1.atom", "/feeds/stories/1.rss", "/feeds/stories/1.json", "/search?q=outlets", "/api/search?q=outlets" })
        {
            var body = await client.GetStringAsync(new Uri(path, UriKind.Relative), Ct);
            Assert.DoesNotContain(Email, body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("secret.reader", body, StringComparison.OrdinalIgnoreCase);
        }
    }
}
