using Storyline.Core.Clustering;
using Storyline.Storage.Subscriptions;

namespace Storyline.Storage.Tests;

/// <summary>Subscribers, subscriptions and consent records (issue 10), the same on every store.</summary>
public abstract partial class StoreContractTests
{
    private ConsentEvent Consent(string action, string? page = "/stories/1") =>
        new() { Action = action, At = Time.GetUtcNow(), NoticeVersion = "2026-11-v1", SourcePage = page };

    private Task<SignUpRecord> SignUpAsync(string email, string follow = "front", string frequency = "daily", CancellationToken ct = default) =>
        Store.AddSubscriptionAsync(new NewSubscription { Email = email, Follow = follow, Frequency = frequency, Consent = Consent("requested") }, ct);

    private async Task<SignUpRecord> ActiveAsync(string email, string follow = "front", CancellationToken ct = default)
    {
        var signUp = await SignUpAsync(email, follow, ct: ct);
        Assert.True(await Store.ConfirmSubscriptionAsync(signUp.Subscription.Id, Consent("confirmed", null), Time.GetUtcNow(), ct));
        return signUp;
    }

    [Fact]
    public async Task SignUp_NewAddress_IsPendingWithAConsentRecord()
    {
        var ct = TestContext.Current.CancellationToken;
        var signUp = await SignUpAsync("reader@example.test", "story:7", "instant", ct);
        Assert.True(signUp.IsNewSubscription);
        Assert.Equal((SubscriptionStatus.Pending, "reader@example.test"), (signUp.Subscriber.Status, signUp.Subscriber.Email));
        Assert.Equal(("story:7", "instant", SubscriptionStatus.Pending), (signUp.Subscription.Follow, signUp.Subscription.Frequency, signUp.Subscription.Status));
        Assert.Null(signUp.Subscription.NextDue);
        var consent = Assert.Single((await Store.ExportSubscriberAsync(signUp.Subscriber.Id, ct))!.Consents);
        Assert.Equal(("requested", "2026-11-v1", "/stories/1", signUp.Subscription.Id, Time.GetUtcNow()),
            (consent.Action, consent.NoticeVersion, consent.SourcePage, consent.SubscriptionId, consent.At));
    }

    [Fact]
    public async Task SignUp_SameFollowTwice_KeepsOneSubscriptionAndRecordsBothRequests()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = await SignUpAsync("reader@example.test", ct: ct);
        var again = await SignUpAsync("reader@example.test", frequency: "weekly", ct: ct);
        var other = await SignUpAsync("reader@example.test", "topic:transport", ct: ct);
        Assert.False(again.IsNewSubscription);
        Assert.Equal(first.Subscription.Id, again.Subscription.Id);
        Assert.Equal("weekly", again.Subscription.Frequency);
        Assert.Equal(first.Subscriber.Id, other.Subscriber.Id);
        Assert.Equal(["front", "topic:transport"], (await Store.ListSubscriptionsAsync(first.Subscriber.Id, ct)).Select(s => s.Follow));
        Assert.Equal(3, (await Store.ExportSubscriberAsync(first.Subscriber.Id, ct))!.Consents.Count);
    }

    [Fact]
    public async Task SignUp_SameAddressFromTwoProcessesAtOnce_StoresOneSubscriber()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var second = OpenSecond();
        var request = new NewSubscription { Email = "race@example.test", Follow = "front", Frequency = "daily", Consent = Consent("requested") };
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => (i % 2 == 0 ? Store : second).AddSubscriptionAsync(request, ct)));
        Assert.Single(results.Select(r => r.Subscriber.Id).Distinct());
        Assert.Single(results.Select(r => r.Subscription.Id).Distinct());
        Assert.Single(await Store.ListSubscriptionsAsync(results[0].Subscriber.Id, ct));
    }

    [Fact]
    public async Task Confirm_Pending_ActivatesOnceWithTheWatermarkAtConfirmation()
    {
        var ct = TestContext.Current.CancellationToken;
        var signUp = await SignUpAsync("reader@example.test", ct: ct);
        Time.Advance(TimeSpan.FromMinutes(5));
        var due = Time.GetUtcNow().AddDays(1);
        Assert.True(await Store.ConfirmSubscriptionAsync(signUp.Subscription.Id, Consent("confirmed", null), due, ct));
        Assert.False(await Store.ConfirmSubscriptionAsync(signUp.Subscription.Id, Consent("confirmed", null), due, ct));
        Assert.False(await Store.ConfirmSubscriptionAsync(9999, Consent("confirmed", null), due, ct));
        var stored = (await Store.GetSubscriptionAsync(signUp.Subscription.Id, ct))!;
        Assert.Equal((SubscriptionStatus.Active, Time.GetUtcNow(), Time.GetUtcNow(), due), (stored.Status, stored.Confirmed, stored.Watermark, stored.NextDue));
        Assert.Equal(SubscriptionStatus.Active, (await Store.GetSubscriberAsync(signUp.Subscriber.Id, ct))!.Status);
    }

    [Fact]
    public async Task Unsubscribe_StopsTheSubscriptionAndItsQueuedDigests_AndSigningUpAgainNeedsConfirmation()
    {
        var ct = TestContext.Current.CancellationToken;
        var signUp = await ActiveAsync("reader@example.test", ct: ct);
        var id = signUp.Subscription.Id;
        Assert.True(await Store.EnqueueMailAsync(Message($"digest:{id}:1", signUp.Subscriber.Id), ct));
        Assert.True(await Store.UnsubscribeAsync(id, Consent("unsubscribed", "mail"), ct));
        Assert.False(await Store.UnsubscribeAsync(id, Consent("unsubscribed", "mail"), ct));
        Assert.Equal(SubscriptionStatus.Unsubscribed, (await Store.GetSubscriptionAsync(id, ct))!.Status);
        Assert.Empty(await Store.ClaimOutboxAsync(Time.GetUtcNow(), true, 10, Time.GetUtcNow().AddMinutes(10), ct));
        Assert.Empty(await Store.ListDueSubscriptionsAsync(Time.GetUtcNow(), true, 0, 10, ct));
        Assert.False(await Store.ChangeFrequencyAsync(id, "weekly", Time.GetUtcNow(), Consent("changed"), ct));

        var back = await SignUpAsync("reader@example.test", frequency: "weekly", ct: ct);
        Assert.True(back.IsNewSubscription);
        Assert.Equal((id, SubscriptionStatus.Pending, "weekly"), (back.Subscription.Id, back.Subscription.Status, back.Subscription.Frequency));
    }

    [Fact]
    public async Task ChangeFrequency_Active_MovesTheNextDigestAndIsRecorded()
    {
        var ct = TestContext.Current.CancellationToken;
        var signUp = await ActiveAsync("reader@example.test", ct: ct);
        var due = Time.GetUtcNow().AddDays(7);
        Assert.True(await Store.ChangeFrequencyAsync(signUp.Subscription.Id, "weekly", due, Consent("changed", "/subscriptions/manage"), ct));
        var stored = (await Store.GetSubscriptionAsync(signUp.Subscription.Id, ct))!;
        Assert.Equal(("weekly", due), (stored.Frequency, stored.NextDue));
        Assert.Equal(["requested", "confirmed", "changed"], (await Store.ExportSubscriberAsync(signUp.Subscriber.Id, ct))!.Consents.Select(c => c.Action));
    }

    [Fact]
    public async Task Export_HoldsEverythingAboutTheAddressAndNothingAboutOthers()
    {
        var ct = TestContext.Current.CancellationToken;
        var mine = await ActiveAsync("me@example.test", ct: ct);
        var theirs = await ActiveAsync("them@example.test", ct: ct);
        await Store.EnqueueMailAsync(Message("confirm:1", mine.Subscriber.Id), ct);
        await Store.EnqueueMailAsync(Message("confirm:2", theirs.Subscriber.Id), ct);
        var export = (await Store.ExportSubscriberAsync(mine.Subscriber.Id, ct))!;
        Assert.Equal("me@example.test", export.Subscriber.Email);
        Assert.Equal(mine.Subscription.Id, Assert.Single(export.Subscriptions).Id);
        Assert.Equal(["requested", "confirmed"], export.Consents.Select(c => c.Action));
        var message = Assert.Single(export.Messages);
        Assert.Equal(("confirmation", "Subject confirm:1", SubscriptionStatus.Pending, 0), (message.Kind, message.Subject, message.Status, message.Attempts));
        Assert.Null(await Store.ExportSubscriberAsync(9999, ct));
    }

    [Fact]
    public async Task Delete_RemovesTheAddressWithEverythingStoredAboutIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var mine = await ActiveAsync("me@example.test", ct: ct);
        var theirs = await ActiveAsync("them@example.test", ct: ct);
        await Store.EnqueueMailAsync(Message("confirm:1", mine.Subscriber.Id), ct);
        await Store.EnqueueMailAsync(Message("confirm:2", theirs.Subscriber.Id), ct);
        Assert.True(await Store.DeleteSubscriberAsync(mine.Subscriber.Id, ct));
        Assert.False(await Store.DeleteSubscriberAsync(mine.Subscriber.Id, ct));
        Assert.Null(await Store.GetSubscriberAsync(mine.Subscriber.Id, ct));
        Assert.Null(await Store.GetSubscriptionAsync(mine.Subscription.Id, ct));
        Assert.Null(await Store.ExportSubscriberAsync(mine.Subscriber.Id, ct));
        Assert.Equal(new OutboxCounts(1, 0, 0, 0), await Store.CountOutboxAsync(ct));
        Assert.Equal("them@example.test", Assert.Single(await Store.ClaimOutboxAsync(Time.GetUtcNow(), true, 10, Time.GetUtcNow().AddMinutes(1), ct)).Recipient);
        // The same address may sign up again from scratch.
        Assert.True((await SignUpAsync("me@example.test", ct: ct)).IsNewSubscription);
    }

    [Fact]
    public async Task ListDue_ReturnsActiveSubscriptionsThatAreDue_ByPages()
    {
        var ct = TestContext.Current.CancellationToken;
        var now = Time.GetUtcNow();
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            var s = await SignUpAsync($"r{i}@example.test", ct: ct);
            await Store.ConfirmSubscriptionAsync(s.Subscription.Id, Consent("confirmed"), i < 3 ? now : now.AddDays(1), ct);
            ids.Add(s.Subscription.Id);
        }
        await SignUpAsync("pending@example.test", ct: ct);
        var suspended = await ActiveAsync("suspended@example.test", ct: ct);
        await Store.SuspendSubscriberAsync(suspended.Subscriber.Id, "550 no such user", ct);

        var due = await Store.ListDueSubscriptionsAsync(now, false, 0, 2, ct);
        Assert.Equal(ids.Take(2), due.Select(d => d.Subscription.Id));
        Assert.Equal("r0@example.test", due[0].Email);
        Assert.Equal([ids[2]], (await Store.ListDueSubscriptionsAsync(now, false, ids[1], 2, ct)).Select(d => d.Subscription.Id));
        Assert.Equal(ids, (await Store.ListDueSubscriptionsAsync(now, true, 0, 100, ct)).Select(d => d.Subscription.Id));
        var subscriber = (await Store.GetSubscriberAsync(suspended.Subscriber.Id, ct))!;
        Assert.Equal((SubscriptionStatus.Suspended, "550 no such user", now), (subscriber.Status, subscriber.SuspendReason, subscriber.Suspended));
    }

    [Fact]
    public async Task ListDigestItems_KeepsWhatTheTargetFollowsInTheWindow()
    {
        var ct = TestContext.Current.CancellationToken;
        var clusterer = new TitleOverlapClusterer();
        var before = await Store.IngestAsync(Draft("Harbour bridge closes", "Old news.", "Daily Planet", topics: ["Transport"]), clusterer, ct);
        var since = Time.GetUtcNow();
        Time.Advance(TimeSpan.FromMinutes(1));
        var bridge = await Store.IngestAsync(Draft("Harbour bridge closes for repairs", "New news.", "Evening Star", topics: ["Transport"]), clusterer, ct);
        var budget = await Store.IngestAsync(Draft("Council approves budget", "Money.", "Daily Planet"), clusterer, ct);
        var until = Time.GetUtcNow();
        Time.Advance(TimeSpan.FromMinutes(1));
        await Store.IngestAsync(Draft("Storm floods towns", "Later.", "Daily Planet", topics: ["Transport"]), clusterer, ct);

        async Task<long[]> Items(string follow) =>
            (await Store.ListDigestItemsAsync(follow, since, until, 10, ct)).Select(i => i.ArticleId).Order().ToArray();
        Assert.Equal(new[] { bridge.ArticleId, budget.ArticleId }.Order(), await Items("front"));
        Assert.Equal([bridge.ArticleId], await Items($"story:{before.StoryId}"));
        Assert.Equal([bridge.ArticleId], await Items("topic:transport"));
        Assert.Equal([budget.ArticleId], await Items("outlet:daily planet"));
        Assert.Empty(await Items("topic:weather"));
        Assert.Single(await Store.ListDigestItemsAsync("front", since, until, 1, ct));
        var item = (await Store.ListDigestItemsAsync("outlet:Evening Star", since, until, 10, ct)).Single();
        Assert.Equal(("Harbour bridge closes for repairs", "Evening Star", bridge.StoryId), (item.Title, item.Source, item.StoryId));
    }

    [Fact]
    public async Task ListReplyItems_KeepsPublishedRepliesToTheReadersOwnCommentsInTheWindow()
    {
        var ct = TestContext.Current.CancellationToken;
        var story = await Store.IngestAsync(Draft("Harbour bridge closes", "News."), new TitleOverlapClusterer(), ct);
        var other = await Store.IngestAsync(Draft("Council approves budget", "Money."), new TitleOverlapClusterer(), ct);
        var mine = await Store.AddCommentAsync(Comment(story.StoryId, "my view", email: "Reader@Example.test"), ct);
        var theirs = await Store.AddCommentAsync(Comment(story.StoryId, "their view", email: "other@example.test"), ct);
        var before = await Store.AddCommentAsync(Comment(story.StoryId, "too early", mine.Id, "x@example.test"), ct);
        var since = Time.GetUtcNow();
        Time.Advance(TimeSpan.FromMinutes(1));
        var reply = await Store.AddCommentAsync(Comment(story.StoryId, "a reply", mine.Id, "x@example.test"), ct);
        var held = await Store.AddCommentAsync(Comment(story.StoryId, "held reply", mine.Id, "y@example.test", Storage.Model.CommentStatus.Held), ct);
        await Store.AddCommentAsync(Comment(story.StoryId, "my own follow-up", mine.Id, "reader@example.test"), ct);
        await Store.AddCommentAsync(Comment(story.StoryId, "reply to someone else", theirs.Id, "x@example.test"), ct);
        await Store.AddCommentAsync(Comment(other.StoryId, "elsewhere", null, "reader@example.test"), ct);
        var until = Time.GetUtcNow();

        var replies = await Store.ListReplyItemsAsync(story.StoryId, "reader@example.test", since, until, 10, ct);
        var item = Assert.Single(replies);
        Assert.Equal((reply.Id, story.StoryId, "A", "a reply", until), (item.CommentId, item.StoryId, item.Author, item.Text, item.Created));
        Assert.Empty(await Store.ListReplyItemsAsync(other.StoryId, "reader@example.test", since, until, 10, ct));
        Assert.Equal([before.Id, reply.Id], (await Store.ListReplyItemsAsync(story.StoryId, "reader@example.test", since.AddDays(-1), until, 10, ct)).Select(r => r.CommentId));

        // Approved after the digest that ran while it was held: the next digest has it.
        Time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await Store.ModerateCommentAsync(held.Id, Storage.Model.ModerationAction.Approve, "mod", ct));
        var later = await Store.ListReplyItemsAsync(story.StoryId, "reader@example.test", until, Time.GetUtcNow(), 10, ct);
        Assert.Equal("held reply", Assert.Single(later).Text);
    }

    [Fact]
    public async Task SignUp_WithReplies_IsStoredAndAConfirmedStoryCanAddThemLater()
    {
        var ct = TestContext.Current.CancellationToken;
        var request = new NewSubscription { Email = "r@example.test", Follow = "story:3", Frequency = "instant", Consent = Consent("requested"), Replies = true };
        Assert.True((await Store.AddSubscriptionAsync(request, ct)).Subscription.Replies);
        var plain = await ActiveAsync("s@example.test", "story:3", ct);
        Assert.False(plain.Subscription.Replies);
        var again = await Store.AddSubscriptionAsync(request with { Email = "s@example.test" }, ct);
        Assert.Equal((plain.Subscription.Id, SubscriptionStatus.Active, true), (again.Subscription.Id, again.Subscription.Status, again.Subscription.Replies));
    }
}
