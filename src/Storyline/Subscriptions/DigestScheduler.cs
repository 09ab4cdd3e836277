using System.Globalization;
using Microsoft.Extensions.Options;
using Storyline.Storage;
using Storyline.Storage.Subscriptions;

namespace Storyline.Subscriptions;

/// <summary>
/// Turns due subscriptions into queued digests. Each digest is queued together with the move of its subscription's
/// watermark, under an idempotency key, so a run killed half-way and started again neither loses
/// news nor queues a digest twice.
/// </summary>
public sealed class DigestScheduler(IStorylineStore store, MailComposer composer, SigningKeySource keys, IOptions<SubscriptionOptions> options, TimeProvider time)
{
    /// <summary>Subscriptions read per round trip.</summary>
    private const int PageSize = 500;

    /// <summary>Queues the digests that are due (all active ones with news when <paramref name="ignoreSchedule"/>); returns how many.</summary>
    public async Task<int> ComposeDueAsync(bool ignoreSchedule, CancellationToken cancellationToken)
    {
        var tokens = await keys.GetAsync(cancellationToken);
        var o = options.Value;
        var until = time.GetUtcNow();
        // Many readers follow the same thing from the same moment (the front page since the last run): ask the store once.
        var itemsCache = new Dictionary<(string, DateTimeOffset), IReadOnlyList<DigestItem>>();
        var composed = 0;
        long afterId = 0;
        while (true)
        {
            var page = await store.ListDueSubscriptionsAsync(until, ignoreSchedule, afterId, PageSize, cancellationToken);
            if (page.Count == 0) break;
            // One transaction per page: a commit (and its fsync) per subscriber would dominate the run.
            var records = new List<DigestRecord>(page.Count);
            foreach (var due in page)
            {
                var subscription = due.Subscription;
                afterId = subscription.Id;
                var since = subscription.Watermark ?? subscription.Confirmed ?? subscription.Created;
                var nextDue = until + DigestFrequencies.Period(subscription.Frequency);
                if (!FollowTarget.TryParse(subscription.Follow, out var target, out _)) continue;
                if (!itemsCache.TryGetValue((subscription.Follow, since), out var items))
                {
                    items = await store.ListDigestItemsAsync(subscription.Follow, since, until, o.MaxItemsPerDigest, cancellationToken);
                    itemsCache[(subscription.Follow, since)] = items;
                }
                // Replies are per reader (their own comments), so never shared through the cache.
                var replies = subscription.Replies && target.Kind == FollowKind.Story
                    ? await store.ListReplyItemsAsync(long.Parse(target.Value, CultureInfo.InvariantCulture), due.Email, since, until, o.MaxItemsPerDigest, cancellationToken)
                    : [];
                if (items.Count == 0 && replies.Count == 0)
                {
                    // Nothing new: no mail, and the next look comes one period later.
                    records.Add(new DigestRecord { SubscriptionId = subscription.Id, ComposedFrom = subscription.Watermark, Watermark = since, NextDue = nextDue });
                    continue;
                }
                var key = $"digest:{subscription.Id}:{until.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}";
                var expires = until + o.LinkTokenLifetime;
                var links = new MailLinks
                {
                    Unsubscribe = composer.Link("subscriptions/unsubscribe?token=" + tokens.Create(TokenPurpose.Unsubscribe, subscription.Id, expires)),
                    Manage = composer.Link("subscriptions/manage?token=" + tokens.Create(TokenPurpose.Manage, subscription.SubscriberId, expires)),
                };
                var mail = composer.Digest(due.Email, target, items, replies, links, key);
                var message = new NewOutboxMessage
                {
                    IdempotencyKey = key, SubscriberId = subscription.SubscriberId, Kind = "digest", MessageId = mail.MessageId,
                    Subject = mail.Subject, Mime = mail.Mime, Created = until,
                };
                records.Add(new DigestRecord { SubscriptionId = subscription.Id, ComposedFrom = subscription.Watermark, Message = message, Watermark = until, NextDue = nextDue });
            }
            composed += await store.RecordDigestsAsync(records, cancellationToken);
        }
        return composed;
    }
}
