using MimeKit;
using Microsoft.Extensions.Logging.Abstractions;
using Storyline.Storage.Subscriptions;
using Storyline.Subscriptions;

namespace Storyline.Tests.Subscriptions;

/// <summary>Bounces that come back after the server accepted a digest (RFC 3464 reports) suspend the address.</summary>
public sealed class BounceTests(SubscriptionHost host) : IClassFixture<SubscriptionHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A delivery status notification about <paramref name="messageId"/>, as an MTA writes one.</summary>
    public static byte[] Report(string messageId, string action, string status)
    {
        var dsn = new MessageDeliveryStatus();
        dsn.StatusGroups.Add(new HeaderList { { "Reporting-MTA", "dns; mx.example.net" } });
        dsn.StatusGroups.Add(new HeaderList { { "Final-Recipient", "rfc822; someone@example.net" }, { "Action", action }, { "Status", status + " (mailbox unknown)" } });
        var original = new MimeMessage { MessageId = messageId, Subject = "Storyline digest", Body = new TextPart("plain") { Text = "" } };
        var report = new MultipartReport("delivery-status") { new TextPart("plain") { Text = "Your message could not be delivered." }, dsn, new MessagePart { Message = original } };
        var bounce = new MimeMessage { Subject = "Undelivered Mail Returned to Sender", Body = report };
        bounce.From.Add(MailboxAddress.Parse("MAILER-DAEMON@mx.example.net"));
        bounce.To.Add(MailboxAddress.Parse("digest@storyline.test"));
        using var buffer = new MemoryStream();
        bounce.WriteTo(buffer);
        return buffer.ToArray();
    }

    private BounceProcessor Processor() => new(host.Store, NullLogger<BounceProcessor>.Instance);

    [Fact]
    public async Task PermanentBounceOfADigest_SuspendsTheAddress_AndNoMoreMailIsSent()
    {
        host.RequireSink();
        const string email = "reader.bounces@example.org";
        await host.ConfirmedAsync(email, "front", "instant");
        var confirmation = host.Sink!.MessagesTo(email).Single();

        using var stream = new MemoryStream(Report(confirmation.MessageId!, "failed", "5.1.1"));
        var outcome = Assert.IsType<BounceOutcome.Suspended>(await Processor().ProcessAsync(stream, Ct));
        var subscriber = (await host.Store.GetSubscriberAsync(outcome.SubscriberId, Ct))!;
        Assert.Equal((email, SubscriptionStatus.Suspended, "bounce 5.1.1"), (subscriber.Email, subscriber.Status, subscriber.SuspendReason));

        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.PublishAsync("Glacier retreat survey published");
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.Runner.RunAsync(now: true, Ct);
        Assert.Single(host.Sink.MessagesTo(email));
    }

    [Theory]
    [InlineData("delayed", "4.4.1", typeof(BounceOutcome.Transient))]
    [InlineData("failed", "4.2.2", typeof(BounceOutcome.Transient))]
    [InlineData("delivered", "2.0.0", typeof(BounceOutcome.NotABounce))]
    public async Task NonPermanentReports_ChangeNothing(string action, string status, Type expected)
    {
        host.RequireSink();
        const string email = "reader.delayed@example.org";
        await host.ConfirmedAsync(email, "front", "daily");
        using var stream = new MemoryStream(Report(host.Sink!.MessagesTo(email).Last().MessageId!, action, status));
        Assert.IsType(expected, await Processor().ProcessAsync(stream, Ct));
        Assert.Contains(await host.Store.ListDueSubscriptionsAsync(host.Time.GetUtcNow(), true, 0, 1000, Ct), d => d.Email == email);
    }

    [Fact]
    public async Task ReportAboutAnUnknownMessage_OrAnOrdinaryReply_ChangesNothing()
    {
        host.RequireSink();
        using (var unknown = new MemoryStream(Report("not-ours@elsewhere.example", "failed", "5.1.1")))
            Assert.IsType<BounceOutcome.UnknownMessage>(await Processor().ProcessAsync(unknown, Ct));
        using (var reply = new MemoryStream("From: reader@example.org\r\nSubject: Re: digest\r\n\r\nThanks!\r\n"u8.ToArray()))
            Assert.IsType<BounceOutcome.NotABounce>(await Processor().ProcessAsync(reply, Ct));
        using var garbage = new MemoryStream(new byte[] { 0, 1, 2, 3 });
        Assert.IsType<BounceOutcome.NotABounce>(await Processor().ProcessAsync(garbage, Ct));
    }
}
