using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Storyline.Tests.Subscriptions;

/// <summary>Hostile input at sign-up, signed links, and the address never leaking into pages, answers or logs.</summary>
public sealed class SubscriptionSecurityTests(SubscriptionHost host) : IClassFixture<SubscriptionHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("")]
    [InlineData("plainaddress")]
    [InlineData("a@b")]
    [InlineData("a@@example.org")]
    [InlineData("two words@example.org")]
    [InlineData("Name <name@example.org>")]
    [InlineData("one@example.org, two@example.org")]
    [InlineData("one@example.org;two@example.org")]
    [InlineData("\"quoted\"@example.org")]
    [InlineData("dots..twice@example.org")]
    [InlineData("name@-bad-.example")]
    [InlineData("name@example.org\r\nBcc: victim@example.net")]
    [InlineData("name@example.org\nBcc: victim@example.net")]
    [InlineData("name@exa\u0000mple.org")]
    public async Task SignUp_MalformedAddress_Answers400AndSendsNothing(string email)
    {
        host.RequireSink();
        // Other tests of this class may leave mail queued: send it first, so only this sign-up is counted.
        await host.Runner.RunAsync(now: true, Ct);
        var before = host.Sink!.Messages().Count;
        Assert.Equal(HttpStatusCode.BadRequest, await host.SignUpAsync(email));
        await host.Runner.RunAsync(now: true, Ct);
        Assert.Equal(before, host.Sink.Messages().Count);
    }

    [Fact]
    public async Task SignUp_OverlongAddress_Answers400()
    {
        host.RequireSink();
        Assert.Equal(HttpStatusCode.BadRequest, await host.SignUpAsync(new string('a', 250) + "@example.org"));
    }

    [Theory]
    [InlineData("topic:transport\r\nBcc: victim@example.net")]
    [InlineData("outlet:Harbour Ledger\nSubject: you won")]
    [InlineData("entity:Port\u0000Calder")]
    [InlineData("topic:\u0085next line")]
    [InlineData("story:1\r\n")]
    [InlineData("story:abc")]
    [InlineData("story:-3")]
    [InlineData("everything")]
    [InlineData("topic:")]
    public async Task SignUp_InjectionOrBadFollowTarget_Answers400(string follow)
    {
        host.RequireSink();
        await host.Runner.RunAsync(now: true, Ct);
        var before = host.Sink!.Messages().Count;
        Assert.Equal(HttpStatusCode.BadRequest, await host.SignUpAsync("reader.inject@example.org", follow));
        await host.Runner.RunAsync(now: true, Ct);
        Assert.Equal(before, host.Sink.Messages().Count);
    }

    [Theory]
    [InlineData("hourly")]
    [InlineData("daily\r\nBcc: x@example.net")]
    public async Task SignUp_BadFrequency_Answers400(string frequency)
    {
        host.RequireSink();
        Assert.Equal(HttpStatusCode.BadRequest, await host.SignUpAsync("reader.freq@example.org", "front", frequency));
    }

    [Fact]
    public async Task SignUp_WithoutConsent_Answers400NamingConsent()
    {
        host.RequireSink();
        using var client = host.Client();
        using var response = await client.PostAsJsonAsync(new Uri("subscriptions", UriKind.Relative),
            new { email = "reader.noconsent@example.org", follow = "front", frequency = "daily", consent = false }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("consent", out _));
    }

    [Fact]
    public async Task FormPost_WithAntiforgeryToken_Answers202_AndWithoutIt400()
    {
        host.RequireSink();
        using var client = host.Client();
        var page = await client.GetStringAsync(new Uri("subscriptions?follow=topic:transport", UriKind.Relative), Ct);
        Assert.Contains(Storyline.Subscriptions.ConsentNotice.Version, page, StringComparison.Ordinal);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var withToken = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token), ["email"] = "reader.form@example.org", ["follow"] = "topic:transport",
            ["frequency"] = "weekly", ["consent"] = "yes", ["source"] = "/stories/1?email=leak@example.org",
        });
        using var accepted = await client.PostAsync(new Uri("subscriptions", UriKind.Relative), withToken, Ct);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);

        using var other = host.Client();
        using var withoutToken = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "reader.csrf@example.org", ["follow"] = "front", ["frequency"] = "daily", ["consent"] = "yes",
        });
        using var refused = await other.PostAsync(new Uri("subscriptions", UriKind.Relative), withoutToken, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task Tokens_AreSinglePurposeAndExpire()
    {
        host.RequireSink();
        const string email = "reader.tokens@example.org";
        Assert.Equal(HttpStatusCode.Accepted, await host.SignUpAsync(email, "outlet:Harbour Ledger", "daily"));
        await host.Runner.RunAsync(now: true, Ct);
        var confirm = SubscriptionHost.LinkIn(host.Sink!.MessagesTo(email).Last(), "confirm");
        var token = confirm.Query["?token=".Length..];
        using var client = host.Client();

        // A confirmation token cannot unsubscribe or open the preferences page; a tampered one confirms nothing.
        using (var wrongPurpose = await client.PostAsync(new Uri($"subscriptions/unsubscribe?token={token}", UriKind.Relative), null, Ct))
            Assert.Equal(HttpStatusCode.BadRequest, wrongPurpose.StatusCode);
        using (var manage = await client.GetAsync(new Uri($"subscriptions/manage?token={token}", UriKind.Relative), Ct))
            Assert.Equal(HttpStatusCode.BadRequest, manage.StatusCode);
        var tampered = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];
        using (var forged = await client.GetAsync(new Uri($"subscriptions/confirm?token={tampered}", UriKind.Relative), Ct))
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        host.Time.Advance(TimeSpan.FromDays(3));
        using var expired = await client.GetAsync(host.Local(confirm), Ct);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        var subscription = (await host.Store.ListDueSubscriptionsAsync(host.Time.GetUtcNow(), true, 0, 10_000, Ct)).Where(d => d.Email == email);
        Assert.Empty(subscription);
    }

    [Fact]
    public async Task Address_NeverAppearsInPagesAnswersOrLogs_ButIsInTheReadersOwnExport()
    {
        host.RequireSink();
        const string email = "private.reader@example.org";
        using var client = host.Client();
        using var signUp = await client.PostAsJsonAsync(new Uri("subscriptions", UriKind.Relative), new { email, follow = "front", frequency = "daily", consent = true }, Ct);
        Assert.DoesNotContain(email, await signUp.Content.ReadAsStringAsync(Ct), StringComparison.OrdinalIgnoreCase);
        await host.ConfirmedAsync(email);
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.PublishAsync("Observatory reopens to visitors");
        host.Time.Advance(TimeSpan.FromDays(1));
        await host.Runner.RunAsync(now: false, Ct);
        var digest = host.Sink!.MessagesTo(email).Last();

        var manage = SubscriptionHost.LinkIn(digest, "manage");
        var page = await client.GetStringAsync(host.Local(manage), Ct);
        Assert.DoesNotContain(email, page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("p•••@example.org", page, StringComparison.Ordinal);
        var unsubscribePage = await client.GetStringAsync(host.Local(SubscriptionHost.LinkIn(digest, "unsubscribe")), Ct);
        Assert.DoesNotContain(email, unsubscribePage, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Message.Contains(email, StringComparison.OrdinalIgnoreCase) || e.Message.Contains("private.reader", StringComparison.OrdinalIgnoreCase));

        var export = JsonDocument.Parse(await client.GetStringAsync(new Uri(host.Local(manage).AbsoluteUri.Replace("/manage?", "/manage/export?", StringComparison.Ordinal)), Ct)).RootElement;
        Assert.Equal(email, export.GetProperty("subscriber").GetProperty("email").GetString());
        var consents = export.GetProperty("consents").EnumerateArray().ToList();
        Assert.Contains(consents, c => c.GetProperty("action").GetString() == "requested" && c.GetProperty("noticeVersion").GetString() == Storyline.Subscriptions.ConsentNotice.Version);
        Assert.Contains(consents, c => c.GetProperty("action").GetString() == "confirmed");
    }

    [Fact]
    public async Task Delete_RemovesEverything_AndOldLinksStopWorking()
    {
        host.RequireSink();
        const string email = "reader.delete@example.org";
        await host.ConfirmedAsync(email, "front", "instant");
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.PublishAsync("Reservoir levels rise after storms");
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.Runner.RunAsync(now: false, Ct);
        var digest = host.Sink!.MessagesTo(email).Last();
        var manage = host.Local(SubscriptionHost.LinkIn(digest, "manage"));

        using var client = host.Client();
        var page = await client.GetStringAsync(manage, Ct);
        var token = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var deleted = await client.PostAsync(new Uri(manage.AbsoluteUri.Replace("/manage?", "/manage/delete?", StringComparison.Ordinal)), form, Ct);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);

        using var again = await client.GetAsync(manage, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        var count = host.Sink.MessagesTo(email).Count;
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.PublishAsync("Reservoir reaches full capacity");
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.Runner.RunAsync(now: true, Ct);
        Assert.Equal(count, host.Sink.MessagesTo(email).Count);
    }

    [Theory]
    [InlineData("Hello\r\nBcc: victim@example.net")]
    [InlineData("Hello\nX-Injected: yes")]
    [InlineData("Hello\u0000")]
    public void Composer_SubjectWithLineBreaks_IsRefused(string subject) =>
        Assert.Throws<ArgumentException>(() => Storyline.Subscriptions.MailComposer.CheckedSubject(subject));

    [Theory]
    [InlineData("subscriptions?follow=story:1")]
    [InlineData("subscriptions/unsubscribe?token=x")]
    [InlineData("subscriptions/manage?token=x")]
    public async Task SubscriptionPages_AreNeverCachedIndexedOrReferred(string path)
    {
        host.RequireSink();
        using var client = host.Client();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("no-referrer", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("noindex", string.Join(",", response.Headers.GetValues("X-Robots-Tag")));
        Assert.DoesNotContain(host.Logs.Entries, e => e.Message.Contains("have been overridden", StringComparison.Ordinal));
    }
}
