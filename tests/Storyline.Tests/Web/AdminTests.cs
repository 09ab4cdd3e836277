using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Storyline.Tests.Web;

/// <summary>Operator pages: behind a login, wrong passwords refused, decisions applied and logged.</summary>
public sealed class AdminTests(WebAppFixture site) : IClassFixture<WebAppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ModerationQueue_WithoutLogin_RedirectsToLogin()
    {
        using var client = site.Client();
        using var response = await client.GetAsync(new Uri("/admin/moderation", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WrongPassword_Answers401()
    {
        using var client = site.Client();
        var token = await FormHelper.AntiforgeryTokenAsync(client, "/admin/login");
        using var response = await client.PostAsync(new Uri("/admin/login", UriKind.Relative),
            FormHelper.Form(("__RequestVerificationToken", token), ("user", "admin"), ("password", "wrong")), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Logout_WithoutAToken_IsRefused_AndWithItSignsOut()
    {
        using var op = site.Client();
        var token = await FormHelper.AntiforgeryTokenAsync(op, "/admin/login");
        using var login = await op.PostAsync(new Uri("/admin/login", UriKind.Relative),
            FormHelper.Form(("__RequestVerificationToken", token), ("user", "admin"), ("password", WebAppFixture.AdminPassword)), Ct);
        using var logout = await op.PostAsync(new Uri("/admin/logout", UriKind.Relative), FormHelper.Form(), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        using var queue = await op.GetAsync(new Uri("/admin/moderation", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);

        var pageToken = await FormHelper.AntiforgeryTokenAsync(op, "/admin/moderation");
        using var loggedOut = await op.PostAsync(new Uri("/admin/logout", UriKind.Relative), FormHelper.Form(("__RequestVerificationToken", pageToken)), Ct);
        Assert.Equal(HttpStatusCode.Redirect, loggedOut.StatusCode);
        using var after = await op.GetAsync(new Uri("/admin/moderation", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task Operator_ApprovesAHeldComment_AndTheDecisionIsLogged()
    {
        using var reader = site.Client();
        // Links and shouting make the scorer hold (or reject) the comment; either way it is not public yet.
        using var posted = await reader.PostAsJsonAsync(new Uri("/api/stories/4/comments", UriKind.Relative), new
        {
            author = "Promoter",
            email = "promo@example.org",
            text = "BUY CHEAP BATTERIES NOW http://spam.example http://spam.example/2 http://spam.example/3 CLICK HERE FREE MONEY",
        }, Ct);
        var comment = JsonDocument.Parse(await posted.Content.ReadAsStringAsync(Ct)).RootElement;
        var id = comment.GetProperty("id").GetInt64();

        using var op = site.Client();
        var token = await FormHelper.AntiforgeryTokenAsync(op, "/admin/login");
        using var login = await op.PostAsync(new Uri("/admin/login", UriKind.Relative),
            FormHelper.Form(("__RequestVerificationToken", token), ("user", "admin"), ("password", WebAppFixture.AdminPassword)), Ct);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var queueToken = await FormHelper.AntiforgeryTokenAsync(op, "/admin/moderation");
        using var approve = await op.PostAsync(new Uri($"/admin/moderation/{id}", UriKind.Relative),
            FormHelper.Form(("__RequestVerificationToken", queueToken), ("action", "approve")), Ct);
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);

        var story = JsonDocument.Parse(await reader.GetStringAsync(new Uri("/api/stories/4", UriKind.Relative), Ct)).RootElement;
        Assert.Contains(story.GetProperty("comments").EnumerateArray(), c => c.GetProperty("id").GetInt64() == id);
        var queue = await op.GetStringAsync(new Uri("/admin/moderation", UriKind.Relative), Ct);
        Assert.Contains("approve", queue, StringComparison.Ordinal);
        Assert.DoesNotContain("promo@example.org", queue, StringComparison.Ordinal);
        foreach (var page in new[] { "/admin/feeds", "/admin/settings" })
        {
            using var response = await op.GetAsync(new Uri(page, UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
