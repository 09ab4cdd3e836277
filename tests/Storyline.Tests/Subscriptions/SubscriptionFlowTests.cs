using System.Net;
using MimeKit;
using Storyline.Storage.Model;

namespace Storyline.Tests.Subscriptions;

/// <summary>
/// Sign-up to unsubscribe against a real SMTP server on loopback: double opt-in, digest content, RFC 8058 one-click; run
/// on every store.
/// </summary>
public abstract class SubscriptionFlowTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The host of the store under test (skips when it cannot run).</summary>
    protected abstract SubscriptionHost Host { get; }

    [Fact]
    public async Task SignUp_Json_Answers202AndSendsOnlyTheConfirmationUntilConfirmed()
    {
        var host = Host;
        host.RequireSink();
        const string email = "reader.pending@example.org";
        Assert.Equal(HttpStatusCode.Accepted, await host.SignUpAsync(email, "front", "daily"));
        await host.Runner.RunAsync(now: true, Ct);
        var mails = host.Sink!.MessagesTo(email);
        var confirmation = Assert.Single(mails);
        Assert.StartsWith("Confirm your Storyline digest", confirmation.Subject, StringComparison.Ordinal);
        Assert.Contains("/subscriptions/confirm?token=", confirmation.TextBody, StringComparison.Ordinal);
        // Every mail, the confirmation too, can be left in one click.
        Assert.Matches(@"^<http://storyline\.test/subscriptions/unsubscribe\?token=[A-Za-z0-9_\-]+>$", confirmation.Headers[HeaderId.ListUnsubscribe]);
        Assert.Equal("List-Unsubscribe=One-Click", confirmation.Headers["List-Unsubscribe-Post"]);
        Assert.Contains("/subscriptions/manage?token=", confirmation.TextBody, StringComparison.Ordinal);

        host.Time.Advance(TimeSpan.FromMinutes(5));
        await host.PublishAsync("Harbour bridge reopens after repairs");
        host.Time.Advance(TimeSpan.FromDays(2));
        await host.Runner.RunAsync(now: true, Ct);
        Assert.Single(host.Sink.MessagesTo(email));
    }

    [Fact]
    public async Task Confirm_ThenNews_SendsADigestWithTextAndHtmlPartsAndOneClickHeaders()
    {
        var host = Host;
        host.RequireSink();
        const string email = "reader.digest@example.org";
        await host.ConfirmedAsync(email, "front", "daily");
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.PublishAsync("Tramline extension approved by council");
        host.Time.Advance(TimeSpan.FromDays(1));
        await host.Runner.RunAsync(now: false, Ct);

        var digest = host.Sink!.MessagesTo(email).Last();
        Assert.Contains("Tramline extension approved by council", digest.Subject, StringComparison.Ordinal);
        var alternative = Assert.IsType<MultipartAlternative>(digest.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType).ToArray());
        Assert.Contains("Tramline extension approved by council", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("Tramline extension approved by council", digest.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", digest.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"^<http://storyline\.test/subscriptions/unsubscribe\?token=[A-Za-z0-9_\-]+>$", digest.Headers[HeaderId.ListUnsubscribe]);
        Assert.Equal("List-Unsubscribe=One-Click", digest.Headers["List-Unsubscribe-Post"]);
        Assert.Contains("/subscriptions/manage?token=", digest.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneClickPostOnTheConfirmation_RefusesTheRequest_SoItsConfirmLinkNoLongerWorks()
    {
        var host = Host;
        host.RequireSink();
        const string email = "reader.notme@example.org";
        Assert.Equal(HttpStatusCode.Accepted, await host.SignUpAsync(email, "front", "daily"));
        await host.Runner.RunAsync(now: true, Ct);
        var confirmation = host.Sink!.MessagesTo(email).Single();
        using var client = host.Client();
        using var body = new FormUrlEncodedContent([new KeyValuePair<string, string>("List-Unsubscribe", "One-Click")]);
        using var left = await client.PostAsync(host.Local(new Uri(confirmation.Headers[HeaderId.ListUnsubscribe]!.Trim('<', '>'))), body, Ct);
        Assert.Equal(HttpStatusCode.OK, left.StatusCode);
        using var confirm = await client.GetAsync(host.Local(SubscriptionHost.LinkIn(confirmation, "confirm")), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, confirm.StatusCode);
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.PublishAsync("Canal lock repairs finish early");
        host.Time.Advance(TimeSpan.FromDays(2));
        await host.Runner.RunAsync(now: true, Ct);
        Assert.Single(host.Sink.MessagesTo(email));
    }

    [Fact]
    public async Task OneClickPost_Unsubscribes_AndNoMailFollows()
    {
        var host = Host;
        host.RequireSink();
        const string email = "reader.leaving@example.org";
        await host.ConfirmedAsync(email, "front", "instant");
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.PublishAsync("Night ferry timetable restored");
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.Runner.RunAsync(now: false, Ct);
        var digest = host.Sink!.MessagesTo(email).Last();
        var header = digest.Headers[HeaderId.ListUnsubscribe]!.Trim('<', '>');

        using var client = host.Client();
        // Exactly what a mail provider sends for RFC 8058: a POST with this body, no cookies, no antiforgery token.
        using var body = new FormUrlEncodedContent([new KeyValuePair<string, string>("List-Unsubscribe", "One-Click")]);
        using var response = await client.PostAsync(host.Local(new Uri(header)), body, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var before = host.Sink.MessagesTo(email).Count;
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.PublishAsync("Ferry crews return to work");
        host.Time.Advance(TimeSpan.FromDays(8));
        await host.Runner.RunAsync(now: true, Ct);
        Assert.Equal(before, host.Sink.MessagesTo(email).Count);
    }

    [Fact]
    public async Task UnsubscribeGet_OnlyShowsAButton_SoLinkScannersDoNotUnsubscribe()
    {
        var host = Host;
        host.RequireSink();
        const string email = "reader.scanned@example.org";
        await host.ConfirmedAsync(email, "front", "instant");
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.PublishAsync("Library opening hours extended");
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.Runner.RunAsync(now: false, Ct);
        var link = SubscriptionHost.LinkIn(host.Sink!.MessagesTo(email).Last(), "unsubscribe");

        using var client = host.Client();
        var page = await client.GetStringAsync(host.Local(link), Ct);
        Assert.Contains("<form method=\"post\"", page, StringComparison.Ordinal);
        var count = host.Sink.MessagesTo(email).Count;
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.PublishAsync("Library adds Sunday opening");
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.Runner.RunAsync(now: false, Ct);
        Assert.Equal(count + 1, host.Sink.MessagesTo(email).Count);
    }

    [Fact]
    public async Task StoryFollow_GetsOnlyThatStorysNews()
    {
        var host = Host;
        host.RequireSink();
        const string email = "reader.story@example.org";
        var storyId = await host.PublishAsync("Flood barrier contract signed", "Northgate Daily", "floods");
        await host.ConfirmedAsync(email, $"story:{storyId}", "instant");
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.PublishAsync("Unrelated chess tournament results", "Lakeside Post", "chess");
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.Runner.RunAsync(now: false, Ct);
        Assert.Single(host.Sink!.MessagesTo(email));
    }

    [Fact]
    public async Task StoryFollowWithReplies_GetsRepliesToTheReadersOwnComments_WithoutAnyAddress()
    {
        var host = Host;
        host.RequireSink();
        const string email = "reader.replies@example.org";
        var storyId = await host.PublishAsync("Ferry timetable consultation opens", "Northgate Daily", "ferries");
        await host.ConfirmedAsync(email, $"story:{storyId}", "instant", replies: true);
        var confirmation = host.Sink!.MessagesTo(email).Single();
        Assert.Contains("replies to your comments", confirmation.TextBody, StringComparison.Ordinal);
        NewComment Comment(string author, string mail, string text, long? parent) => new()
        {
            StoryId = storyId, ParentId = parent, Author = author, Email = mail, Text = text, Status = CommentStatus.Published, Created = host.Time.GetUtcNow(),
        };
        var mine = await host.Store.AddCommentAsync(Comment("Reader", email, "Will the night ferry stay?", null), Ct);
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.Store.AddCommentAsync(Comment("Skipper Jo", "jo.skipper@example.net", "Yes, the council said so on Monday.", mine.Id), Ct);
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.Runner.RunAsync(now: false, Ct);

        var digest = host.Sink.MessagesTo(email).Last();
        Assert.Contains("a reply to your comment", digest.Subject, StringComparison.Ordinal);
        Assert.Contains("Skipper Jo: Yes, the council said so on Monday.", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/stories/{storyId}#c", digest.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("jo.skipper@example.net", digest.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignUp_RepliesWithoutAStory_Answers400()
    {
        var host = Host;
        host.RequireSink();
        Assert.Equal(HttpStatusCode.BadRequest, await host.SignUpAsync("reader.noreplies@example.org", "topic:transport", "daily", replies: true));
    }

    [Fact]
    public async Task RepeatedSignUps_SendOneConfirmationPerCooldown()
    {
        var host = Host;
        host.RequireSink();
        const string email = "reader.repeat@example.org";
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.Accepted, await host.SignUpAsync(email, "topic:transport", "weekly"));
        await host.Runner.RunAsync(now: true, Ct);
        Assert.Single(host.Sink!.MessagesTo(email));
    }

    [Fact]
    public async Task PermanentRefusal_IsRecordedAndSuspendsTheAddress()
    {
        var host = Host;
        host.RequireSink();
        const string email = "bounce.reader@example.org";
        Assert.Equal(HttpStatusCode.Accepted, await host.SignUpAsync(email));
        var report = await host.Runner.RunAsync(now: true, Ct);
        Assert.True(report.Send.Failed >= 1);
        Assert.Empty(host.Sink!.MessagesTo(email));
        host.Time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(HttpStatusCode.Accepted, await host.SignUpAsync(email, "topic:strikes"));
        var again = await host.Runner.RunAsync(now: true, Ct);
        Assert.Equal(0, again.Send.Failed);
    }

    [Fact]
    public async Task TemporaryRefusal_IsRetriedLaterWithBackoff()
    {
        var host = Host;
        host.RequireSink();
        const string email = "busy.reader@example.org";
        Assert.Equal(HttpStatusCode.Accepted, await host.SignUpAsync(email));
        var first = await host.Runner.RunAsync(now: false, Ct);
        Assert.True(first.Send.Retried >= 1);
        var immediately = await host.Runner.RunAsync(now: false, Ct);
        Assert.Equal(0, immediately.Send.Retried);
        host.Time.Advance(TimeSpan.FromMinutes(2));
        var later = await host.Runner.RunAsync(now: false, Ct);
        Assert.True(later.Send.Retried >= 1);
    }
}
