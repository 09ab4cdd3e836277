using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Storyline.Tests.Subscriptions;

/// <summary>
/// Cross-site requests and safe methods: every form needs its antiforgery token, the JSON API and the RFC 8058 one-click
/// POST need none, and HEAD on a mailed link changes nothing.
/// </summary>
public sealed partial class SubscriptionFormSafetyTests(SubscriptionHost host) : IClassFixture<SubscriptionHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task JsonSignUp_WithoutAnyToken_Answers202()
    {
        host.RequireSink();
        using var client = host.Client();
        using var response = await client.PostAsync(new Uri("subscriptions", UriKind.Relative),
            JsonContent.Create(new { email = "reader.json@example.org", follow = "front", frequency = "daily", consent = true }), Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task CrossSiteStyleSignUp_WithoutAToken_IsRefused(string contentType)
    {
        // What a page on another site can post without a preflight: a form, or a text/plain body shaped like JSON.
        host.RequireSink();
        using var client = host.Client();
        using var body = new StringContent("""{"email":"victim@example.org","follow":"front","consent":true}""");
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        using var response = await client.PostAsync(new Uri("subscriptions", UriKind.Relative), body, Ct);
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnsupportedMediaType, response.StatusCode.ToString());
    }

    [Fact]
    public async Task ManageForms_WithoutAToken_Answer400_AndWithItApplyTheChange()
    {
        host.RequireSink();
        const string email = "reader.manage@example.org";
        await host.ConfirmedAsync(email, "front", "daily");
        var manage = host.Local(SubscriptionHost.LinkIn(host.Sink!.MessagesTo(email).Last(), "manage"));
        using var client = host.Client();
        var page = await client.GetStringAsync(manage, Ct);
        var token = Token(page);
        var id = IdField().Match(page).Groups[1].Value;
        Assert.NotEmpty(id);

        using var stranger = host.Client();
        using (var noToken = await stranger.PostAsync(manage, Form(("id", id), ("action", "weekly")), Ct))
            Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        var deleteUri = new Uri(manage.AbsoluteUri.Replace("/manage?", "/manage/delete?", StringComparison.Ordinal));
        using (var noTokenDelete = await stranger.PostAsync(deleteUri, Form(), Ct))
            Assert.Equal(HttpStatusCode.BadRequest, noTokenDelete.StatusCode);
        using (var stillThere = await client.GetAsync(manage, Ct))
            Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);

        using var changed = await client.PostAsync(manage, Form(("__RequestVerificationToken", token), ("id", id), ("action", "weekly")), Ct);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var after = await changed.Content.ReadAsStringAsync(Ct);
        Assert.Contains("role=\"status\"", after, StringComparison.Ordinal);
        Assert.Matches("(?i)<td>weekly</td>", after);
    }

    [Fact]
    public async Task SignUpAndManagePages_RenderTheTokenField()
    {
        host.RequireSink();
        const string email = "reader.fields@example.org";
        await host.ConfirmedAsync(email, "topic:transport", "daily");
        using var client = host.Client();
        Assert.NotEmpty(Token(await client.GetStringAsync(new Uri("subscriptions?follow=front", UriKind.Relative), Ct)));
        var manage = host.Local(SubscriptionHost.LinkIn(host.Sink!.MessagesTo(email).Last(), "manage"));
        var page = await client.GetStringAsync(manage, Ct);
        // Every POST form on the page: one per active subscription plus the delete form.
        Assert.Equal(Regex.Count(page, "<form method=\"post\""), Regex.Count(page, "name=\"__RequestVerificationToken\""));
    }

    [Fact]
    public async Task HeadOnTheConfirmationLink_DoesNotConfirm_ButGetStillDoes()
    {
        host.RequireSink();
        const string email = "reader.scanner@example.org";
        Assert.Equal(HttpStatusCode.Accepted, await host.SignUpAsync(email, "front", "daily"));
        await host.Runner.RunAsync(now: true, Ct);
        var confirm = host.Local(SubscriptionHost.LinkIn(host.Sink!.MessagesTo(email).Last(), "confirm"));
        using var client = host.Client();
        using (var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, confirm), Ct))
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);

        using var get = await client.GetAsync(confirm, Ct);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        // "Subscribed:" only when this GET made the change; a confirmed subscription answers "Already confirmed".
        Assert.Contains("Subscribed: you will receive", await get.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeadOnTheUnsubscribeLink_DoesNotUnsubscribe_ButTheOneClickPostDoes()
    {
        host.RequireSink();
        const string email = "reader.headunsub@example.org";
        await host.ConfirmedAsync(email, "front", "daily");
        var mail = host.Sink!.MessagesTo(email).Last();
        var unsubscribe = host.Local(SubscriptionHost.LinkIn(mail, "unsubscribe"));
        var manage = host.Local(SubscriptionHost.LinkIn(mail, "manage"));
        using var client = host.Client();
        using (var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, unsubscribe), Ct))
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Matches("(?i)<td>active</td>", await client.GetStringAsync(manage, Ct));

        // RFC 8058: no cookies, no antiforgery token, only the signed link.
        using var provider = host.Client();
        using (var oneClick = await provider.PostAsync(unsubscribe, Form(("List-Unsubscribe", "One-Click")), Ct))
            Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.DoesNotMatch("(?i)<td>active</td>", await client.GetStringAsync(manage, Ct));
    }

    private static string Token(string page)
    {
        var match = TokenField().Match(page);
        Assert.True(match.Success, "the page carries an antiforgery field");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("name=\"id\" value=\"([0-9]+)\"")]
    private static partial Regex IdField();
}
