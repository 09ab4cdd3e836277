using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Storyline.Tests.Web;

/// <summary>The operator's "Retrain comment filters" button: behind the login and antiforgery, and says what it did.</summary>
public sealed class RetrainFiltersTests(WebAppFixture site) : IClassFixture<WebAppFixture>
{
    private static readonly Uri Retrain = new("/admin/moderation/retrain", UriKind.Relative);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Retrain_WithoutLogin_RedirectsAndWithoutTokenAnswers400()
    {
        using var anonymous = site.Client();
        using (var refused = await anonymous.PostAsync(Retrain, FormHelper.Form(), Ct))
        {
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/admin/login", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
        using var op = await OperatorAsync();
        using var noToken = await op.PostAsync(Retrain, FormHelper.Form(), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
    }

    [Fact]
    public async Task Retrain_SaysWhenThereAreTooFewDecisions_ThenCountsTheDecisionsItUsed()
    {
        using var op = await OperatorAsync();
        var page = await op.GetStringAsync(new Uri("/admin/moderation", UriKind.Relative), Ct);
        Assert.Contains("Retrain comment filters", page, StringComparison.Ordinal);

        var tooFew = await RetrainAsync(op);
        Assert.Contains("Too few decisions to retrain: 0 decisions", tooFew, StringComparison.Ordinal);

        await DecideAsync(op, await HeldCommentAsync("Promoter One"), "spam");
        await DecideAsync(op, await HeldCommentAsync("Promoter Two"), "approve");
        var done = await RetrainAsync(op);
        Assert.Contains("Retrained on 2 decisions (1 approved, 1 spam, 0 abusive): spam filter updated, abuse filter unchanged.", done, StringComparison.Ordinal);
    }

    private async Task<HttpClient> OperatorAsync()
    {
        var op = site.Client();
        var token = await FormHelper.AntiforgeryTokenAsync(op, "/admin/login");
        using var login = await op.PostAsync(new Uri("/admin/login", UriKind.Relative),
            FormHelper.Form(("__RequestVerificationToken", token), ("user", "admin"), ("password", WebAppFixture.AdminPassword)), Ct);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return op;
    }

    private static async Task<string> RetrainAsync(HttpClient op)
    {
        var token = await FormHelper.AntiforgeryTokenAsync(op, "/admin/moderation");
        using var response = await op.PostAsync(Retrain, FormHelper.Form(("__RequestVerificationToken", token)), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
    }

    private async Task<long> HeldCommentAsync(string author)
    {
        using var reader = site.Client();
        // Links and shouting make the scorer hold the comment for a decision (as in AdminTests).
        using var posted = await reader.PostAsJsonAsync(new Uri("/api/stories/4/comments", UriKind.Relative), new
        {
            author,
            email = "promo@example.org",
            text = "BUY CHEAP BATTERIES NOW http://spam.example http://spam.example/2 http://spam.example/3 CLICK HERE FREE MONEY " + author,
        }, Ct);
        return JsonDocument.Parse(await posted.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetInt64();
    }

    private static async Task DecideAsync(HttpClient op, long id, string action)
    {
        var token = await FormHelper.AntiforgeryTokenAsync(op, "/admin/moderation");
        using var response = await op.PostAsync(new Uri($"/admin/moderation/{id}", UriKind.Relative),
            FormHelper.Form(("__RequestVerificationToken", token), ("action", action)), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
