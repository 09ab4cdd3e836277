using Storyline.Core.Feeds;
using Storyline.Fetching;
using Storyline.Ingestion;
using Storyline.Storage;

namespace Storyline.Cli;

/// <summary>The feed subscriptions of the store named by <c>--db</c>, opened and migrated on first use.</summary>
public sealed class FeedStoreHandle(string db) : IFeedStateStore
{
    private StoreFeedStateStore? _inner;

    public async Task<bool> AddAsync(FeedState feed, CancellationToken cancellationToken) => await (await OpenAsync(cancellationToken)).AddAsync(feed, cancellationToken);

    public async Task<FeedState?> GetAsync(Uri url, CancellationToken cancellationToken) => await (await OpenAsync(cancellationToken)).GetAsync(url, cancellationToken);

    public async Task<IReadOnlyList<FeedState>> ListAsync(CancellationToken cancellationToken) => await (await OpenAsync(cancellationToken)).ListAsync(cancellationToken);

    public async Task<IReadOnlyList<FeedState>> ClaimDueAsync(DateTimeOffset now, int limit, DateTimeOffset claimUntil, CancellationToken cancellationToken) =>
        await (await OpenAsync(cancellationToken)).ClaimDueAsync(now, limit, claimUntil, cancellationToken);

    public async Task SaveAsync(FeedState state, CancellationToken cancellationToken) => await (await OpenAsync(cancellationToken)).SaveAsync(state, cancellationToken);

    public async Task<bool> RemoveAsync(Uri url, CancellationToken cancellationToken) => await (await OpenAsync(cancellationToken)).RemoveAsync(url, cancellationToken);

    public async Task<IReadOnlyList<FeedItem>> UnseenAsync(Uri feedUrl, IReadOnlyList<FeedItem> items, CancellationToken cancellationToken) =>
        await (await OpenAsync(cancellationToken)).UnseenAsync(feedUrl, items, cancellationToken);

    public async Task MarkSeenAsync(Uri feedUrl, IReadOnlyList<FeedItem> items, CancellationToken cancellationToken) =>
        await (await OpenAsync(cancellationToken)).MarkSeenAsync(feedUrl, items, cancellationToken);

    private async Task<StoreFeedStateStore> OpenAsync(CancellationToken cancellationToken)
    {
        if (_inner is not null) return _inner;
        try
        {
            var store = StoreFactory.Open(db, TimeProvider.System);
            await store.MigrateAsync(cancellationToken);
            return _inner = new StoreFeedStateStore(store);
        }
        catch (StoreException e)
        {
            throw new CliException(e.Message);
        }
    }
}
