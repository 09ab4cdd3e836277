using System.Net;

namespace Storyline.Tests.Web;

/// <summary>The remembered antiforgery field of cached pages: the same browser gets a working field, other browsers never get it.</summary>
public sealed class AntiforgeryFieldTests(WebAppFixture site) : IClassFixture<WebAppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReturningVisitor_GetsAFieldThatStillPosts()
    {
        using var client = site.Client();
        var first = await FormHelper.AntiforgeryTokenAsync(client, "/stories/3");
        var again = await FormHelper.AntiforgeryTokenAsync(client, "/stories/3");
        Assert.Equal(first, again);
        using var response = await client.PostAsync(new Uri("/stories/3/comments", UriKind.Relative), FormHelper.Form(
            ("__RequestVerificationToken", again), ("author", "Returning Reader"), ("email", "returning@example.org"),
            ("text", "The night trains were the best part of the timetable."), ("website", ""), ("ts", "0")), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task TwoBrowsers_NeverShareAField_AndOnesFieldFailsForTheOther()
    {
        using var alice = site.Client();
        using var mallory = site.Client();
        var aliceToken = await FormHelper.AntiforgeryTokenAsync(alice, "/stories/3");
        var malloryToken = await FormHelper.AntiforgeryTokenAsync(mallory, "/stories/3");
        Assert.NotEqual(aliceToken, malloryToken);
        using var response = await mallory.PostAsync(new Uri("/stories/3/comments", UriKind.Relative), FormHelper.Form(
            ("__RequestVerificationToken", aliceToken), ("author", "Mallory"), ("email", "m@example.org"), ("text", "Not my token.")), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task RememberedField_AnswerIsStillMarkedUncacheable()
    {
        using var client = site.Client();
        _ = await FormHelper.AntiforgeryTokenAsync(client, "/stories/3");
        using var response = await client.GetAsync(new Uri("/stories/3", UriKind.Relative), Ct);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }
}
