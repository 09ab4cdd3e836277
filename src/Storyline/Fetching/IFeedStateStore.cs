using Storyline.Core.Feeds;

namespace Storyline.Fetching;

/// <summary>
/// Subscriptions and their fetch state, plus the "seen items" memory the poller needs to fetch full
/// text only for new items. The in-memory implementation serves tests and the CLI until storage backs it.
/// </summary>
public interface IFeedStateStore
{
    /// <summary>Adds a subscription; false when <paramref name="feed"/>'s URL is already subscribed (nothing changes then).</summary>
    Task<bool> AddAsync(FeedState feed, CancellationToken cancellationToken);

    Task<FeedState?> GetAsync(Uri url, CancellationToken cancellationToken);

    /// <summary>Every subscription, ordered by URL.</summary>
    Task<IReadOnlyList<FeedState>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="limit"/> feeds whose next check is due at <paramref name="now"/>, earliest first, each claimed
    /// until <paramref name="claimUntil"/> (their next check moves there) so that concurrent pollers skip them
    /// (PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>).
    /// </summary>
    Task<IReadOnlyList<FeedState>> ClaimDueAsync(DateTimeOffset now, int limit, DateTimeOffset claimUntil, CancellationToken cancellationToken);

    /// <summary>Stores the state after a check (matched by <see cref="FeedState.Url"/>; ignored if the feed was removed meanwhile).</summary>
    Task SaveAsync(FeedState state, CancellationToken cancellationToken);

    Task<bool> RemoveAsync(Uri url, CancellationToken cancellationToken);

    /// <summary>The items of <paramref name="items"/> not seen before, matched by item id, link or content hash (so a feed that rewrites its GUIDs does not repeat itself).</summary>
    Task<IReadOnlyList<FeedItem>> UnseenAsync(Uri feedUrl, IReadOnlyList<FeedItem> items, CancellationToken cancellationToken);

    /// <summary>Remembers <paramref name="items"/> as seen.</summary>
    Task MarkSeenAsync(Uri feedUrl, IReadOnlyList<FeedItem> items, CancellationToken cancellationToken);
}
