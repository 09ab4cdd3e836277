using System.Text;
using Storyline.Storage.Subscriptions;

namespace Storyline.Storage.Tests;

/// <summary>The digest bookkeeping and the mail outbox (issue 10): idempotent, leased, safe with several processes.</summary>
public abstract partial class StoreContractTests
{
    private NewOutboxMessage Message(string key, long subscriberId, string kind = "confirmation") => new()
    {
        IdempotencyKey = key, SubscriberId = subscriberId, Kind = kind, MessageId = $"{key}@example.test", Subject = "Subject " + key,
        Mime = Encoding.UTF8.GetBytes("Subject: " + key + "\r\n\r\nbody\r\n"), Created = Time.GetUtcNow(),
    };

    [Fact]
    public async Task Enqueue_SameKeyTwice_QueuesOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var reader = await ActiveAsync("reader@example.test", ct: ct);
        Assert.True(await Store.EnqueueMailAsync(Message("confirm:1:1", reader.Subscriber.Id), ct));
        Assert.False(await Store.EnqueueMailAsync(Message("confirm:1:1", reader.Subscriber.Id), ct));
        Assert.Equal(new OutboxCounts(1, 0, 0, 0), await Store.CountOutboxAsync(ct));
    }

    [Fact]
    public async Task RecordDigests_QueuesAndMovesTheWatermarkOnce_AndSkipsStaleOrStoppedOnes()
    {
        var ct = TestContext.Current.CancellationToken;
        var a = await ActiveAsync("a@example.test", ct: ct);
        var b = await ActiveAsync("b@example.test", ct: ct);
        var c = await ActiveAsync("c@example.test", ct: ct);
        await Store.UnsubscribeAsync(c.Subscription.Id, Consent("unsubscribed"), ct);
        var from = (await Store.GetSubscriptionAsync(a.Subscription.Id, ct))!.Watermark;
        Time.Advance(TimeSpan.FromHours(1));
        var until = Time.GetUtcNow();
        DigestRecord Digest(SignUpRecord s, bool news) => new()
        {
            SubscriptionId = s.Subscription.Id, ComposedFrom = from, Watermark = news ? until : from!.Value, NextDue = until.AddDays(1),
            Message = news ? Message($"digest:{s.Subscription.Id}:{until.ToUnixTimeMilliseconds()}", s.Subscriber.Id, "digest") : null,
        };
        Assert.Equal(1, await Store.RecordDigestsAsync([Digest(a, true), Digest(b, false), Digest(c, true)], ct));
        var movedA = (await Store.GetSubscriptionAsync(a.Subscription.Id, ct))!;
        Assert.Equal((until, until.AddDays(1)), (movedA.Watermark, movedA.NextDue));
        var movedB = (await Store.GetSubscriptionAsync(b.Subscription.Id, ct))!;
        Assert.Equal((from, until.AddDays(1)), (movedB.Watermark, movedB.NextDue));

        // The same run again (a second process that read the same watermark, or a restart): nothing more is queued.
        Assert.Equal(0, await Store.RecordDigestsAsync([Digest(a, true)], ct));
        Assert.Equal(new OutboxCounts(1, 0, 0, 0), await Store.CountOutboxAsync(ct));
    }

    [Fact]
    public async Task Claim_TakesDueMessagesOnce_UntilTheLeaseEnds()
    {
        var ct = TestContext.Current.CancellationToken;
        var reader = await ActiveAsync("reader@example.test", ct: ct);
        var now = Time.GetUtcNow();
        await Store.EnqueueMailAsync(Message("m1", reader.Subscriber.Id), ct);
        await Store.EnqueueMailAsync(Message("m2", reader.Subscriber.Id), ct);
        var first = await Store.ClaimOutboxAsync(now, false, 10, now.AddMinutes(10), ct);
        Assert.Equal(["m1", "m2"], first.Select(m => m.IdempotencyKey));
        Assert.Equal(("reader@example.test", 0, "Subject: m1\r\n\r\nbody\r\n"), (first[0].Recipient, first[0].Attempts, Encoding.UTF8.GetString(first[0].Mime)));
        Assert.Empty(await Store.ClaimOutboxAsync(now.AddMinutes(9), true, 10, now.AddMinutes(20), ct));
        Assert.Equal(new OutboxCounts(0, 2, 0, 0), await Store.CountOutboxAsync(ct));

        // The sender died: once its lease ends, the messages come back.
        await Store.MarkOutboxSentAsync(first[0].Id, now, ct);
        var again = await Store.ClaimOutboxAsync(now.AddMinutes(10), false, 10, now.AddMinutes(20), ct);
        Assert.Equal(["m2"], again.Select(m => m.IdempotencyKey));
        Assert.Equal(new OutboxCounts(0, 1, 1, 0), await Store.CountOutboxAsync(ct));
    }

    [Fact]
    public async Task Retry_WaitsForItsTime_AndAnOutageDoesNotUseAttemptsUp()
    {
        var ct = TestContext.Current.CancellationToken;
        var reader = await ActiveAsync("reader@example.test", ct: ct);
        var now = Time.GetUtcNow();
        await Store.EnqueueMailAsync(Message("m1", reader.Subscriber.Id), ct);
        var claimed = Assert.Single(await Store.ClaimOutboxAsync(now, false, 10, now.AddMinutes(10), ct));
        await Store.MarkOutboxRetryAsync(claimed.Id, "451 try later", now.AddMinutes(5), countsAsAttempt: true, ct);
        Assert.Empty(await Store.ClaimOutboxAsync(now.AddMinutes(4), false, 10, now.AddMinutes(10), ct));
        claimed = Assert.Single(await Store.ClaimOutboxAsync(now.AddMinutes(5), false, 10, now.AddMinutes(15), ct));
        Assert.Equal(1, claimed.Attempts);
        await Store.MarkOutboxRetryAsync(claimed.Id, "server unavailable", now.AddHours(1), countsAsAttempt: false, ct);
        // --now ignores the backoff.
        claimed = Assert.Single(await Store.ClaimOutboxAsync(now.AddMinutes(6), true, 10, now.AddMinutes(16), ct));
        Assert.Equal(1, claimed.Attempts);
        await Store.MarkOutboxSentAsync(claimed.Id, now.AddMinutes(6), ct);
        var entry = Assert.Single((await Store.ExportSubscriberAsync(reader.Subscriber.Id, ct))!.Messages);
        Assert.Equal((SubscriptionStatus.Sent, now.AddMinutes(6), 2), (entry.Status, entry.Sent, entry.Attempts));
        // A late retry from a sender whose lease had ended does not bring a sent message back.
        await Store.MarkOutboxRetryAsync(claimed.Id, "late", now, countsAsAttempt: true, ct);
        Assert.Equal(new OutboxCounts(0, 0, 1, 0), await Store.CountOutboxAsync(ct));
    }

    [Fact]
    public async Task PermanentFailure_SuspendsTheAddressAndDropsItsQueue()
    {
        var ct = TestContext.Current.CancellationToken;
        var bounced = await ActiveAsync("bounced@example.test", ct: ct);
        var fine = await ActiveAsync("fine@example.test", ct: ct);
        var now = Time.GetUtcNow();
        await Store.EnqueueMailAsync(Message("b1", bounced.Subscriber.Id), ct);
        await Store.EnqueueMailAsync(Message("b2", bounced.Subscriber.Id), ct);
        await Store.EnqueueMailAsync(Message("f1", fine.Subscriber.Id), ct);
        var first = (await Store.ClaimOutboxAsync(now, false, 1, now.AddMinutes(10), ct)).Single();
        await Store.MarkOutboxFailedAsync(first.Id, "550 recipient refused", suspendSubscriber: true, ct);
        Assert.Equal(["f1"], (await Store.ClaimOutboxAsync(now, true, 10, now.AddMinutes(10), ct)).Select(m => m.IdempotencyKey));
        Assert.Equal(new OutboxCounts(0, 1, 0, 2), await Store.CountOutboxAsync(ct));
        Assert.Equal(SubscriptionStatus.Suspended, (await Store.GetSubscriberAsync(bounced.Subscriber.Id, ct))!.Status);
        Assert.DoesNotContain(await Store.ListDueSubscriptionsAsync(now, true, 0, 10, ct), d => d.Subscription.SubscriberId == bounced.Subscriber.Id);
    }

    [Fact]
    public async Task Claim_SeveralProcessesAtOnce_NeverTakeTheSameMessage()
    {
        var ct = TestContext.Current.CancellationToken;
        var reader = await ActiveAsync("reader@example.test", ct: ct);
        const int count = 60;
        for (var i = 0; i < count; i++) await Store.EnqueueMailAsync(Message($"m{i}", reader.Subscriber.Id), ct);
        await using var second = OpenSecond();
        await using var third = OpenSecond();
        var now = Time.GetUtcNow();
        async Task<List<long>> Drain(IStorylineStore store)
        {
            var taken = new List<long>();
            while (await store.ClaimOutboxAsync(now, false, 7, now.AddMinutes(10), ct) is { Count: > 0 } batch) taken.AddRange(batch.Select(m => m.Id));
            return taken;
        }
        var claims = await Task.WhenAll(Task.Run(() => Drain(Store), ct), Task.Run(() => Drain(second), ct), Task.Run(() => Drain(third), ct));
        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(count, all.Count);
        Assert.Equal(count, all.Distinct().Count());
    }

    [Fact]
    public async Task Secret_FirstCandidateWins()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var second = OpenSecond();
        var values = await Task.WhenAll(Store.GetOrAddSecretAsync("signing", "one", ct), second.GetOrAddSecretAsync("signing", "two", ct));
        Assert.Equal(values[0], values[1]);
        Assert.Equal(values[0], await Store.GetOrAddSecretAsync("signing", "three", ct));
    }

    [Fact]
    public async Task SuspendByMessageId_ABounceOfASentMessage_SuspendsItsSubscriberOnly()
    {
        var ct = TestContext.Current.CancellationToken;
        var bounced = await ActiveAsync("bounced@example.test", ct: ct);
        var fine = await ActiveAsync("fine@example.test", ct: ct);
        await Store.EnqueueMailAsync(Message("b1", bounced.Subscriber.Id), ct);
        await Store.EnqueueMailAsync(Message("f1", fine.Subscriber.Id), ct);
        var now = Time.GetUtcNow();
        foreach (var m in await Store.ClaimOutboxAsync(now, false, 10, now.AddMinutes(1), ct)) await Store.MarkOutboxSentAsync(m.Id, now, ct);

        Assert.Equal(bounced.Subscriber.Id, await Store.SuspendByMessageIdAsync("b1@example.test", "5.1.1 user unknown (bounce)", ct));
        Assert.Null(await Store.SuspendByMessageIdAsync("unknown@example.test", "5.1.1", ct));
        var subscriber = (await Store.GetSubscriberAsync(bounced.Subscriber.Id, ct))!;
        Assert.Equal((SubscriptionStatus.Suspended, "5.1.1 user unknown (bounce)"), (subscriber.Status, subscriber.SuspendReason));
        Assert.Equal(SubscriptionStatus.Active, (await Store.GetSubscriberAsync(fine.Subscriber.Id, ct))!.Status);
    }
}
