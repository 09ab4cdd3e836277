using System.Text.Json;
using Storyline.Core.Feeds;
using Storyline.Fetching;
using Storyline.Storage;
using Storyline.Storage.Model;

namespace Storyline.Ingestion;

/// <summary>Feed subscriptions and their fetch state kept in the store (SQLite or PostgreSQL), for the poller and the CLI.</summary>
public sealed class StoreFeedStateStore(IStorylineStore store) : IFeedStateStore
{
    /// <summary>Newest item keys remembered per feed.</summary>
    public const int MaxSeenKeysPerFeed = 20_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<bool> AddAsync(FeedState feed, CancellationToken cancellationToken) => store.AddFeedAsync(ToRow(feed), cancellationToken);

    public async Task<FeedState?> GetAsync(Uri url, CancellationToken cancellationToken) =>
        await store.GetFeedAsync(url.AbsoluteUri, cancellationToken) is { } row ? FromRow(row) : null;

    public async Task<IReadOnlyList<FeedState>> ListAsync(CancellationToken cancellationToken) =>
        (await store.ListFeedsAsync(cancellationToken)).Select(FromRow).ToList();

    public async Task<IReadOnlyList<FeedState>> ClaimDueAsync(DateTimeOffset now, int limit, DateTimeOffset claimUntil, CancellationToken cancellationToken) =>
        (await store.ClaimDueFeedsAsync(now, limit, claimUntil, cancellationToken)).Select(FromRow).ToList();

    public Task SaveAsync(FeedState state, CancellationToken cancellationToken) => store.SaveFeedAsync(ToRow(state), cancellationToken);

    public Task<bool> RemoveAsync(Uri url, CancellationToken cancellationToken) => store.RemoveFeedAsync(url.AbsoluteUri, cancellationToken);

    public async Task<IReadOnlyList<FeedItem>> UnseenAsync(Uri feedUrl, IReadOnlyList<FeedItem> items, CancellationToken cancellationToken)
    {
        var seen = await store.SeenFeedKeysAsync(feedUrl.AbsoluteUri, items.SelectMany(Keys).Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        return items.Where(i => !Keys(i).Any(seen.Contains)).ToList();
    }

    public Task MarkSeenAsync(Uri feedUrl, IReadOnlyList<FeedItem> items, CancellationToken cancellationToken) =>
        store.MarkFeedKeysSeenAsync(feedUrl.AbsoluteUri, items.SelectMany(Keys).Distinct(StringComparer.Ordinal).ToList(), MaxSeenKeysPerFeed, cancellationToken);

    private static FeedRow ToRow(FeedState feed) => new(feed.Url.AbsoluteUri, feed.NextCheck, JsonSerializer.Serialize(feed, Json));

    private static FeedState FromRow(FeedRow row)
    {
        // The next-check column is the truth: claims move it without rewriting the state.
        var state = JsonSerializer.Deserialize<FeedState>(row.StateJson, Json) ?? throw new StoreException($"feed {row.Url} has an unreadable state");
        return state with { NextCheck = row.NextCheck };
    }

    private static IEnumerable<string> Keys(FeedItem item)
    {
        yield return item.Id;
        if (item.Link is not null) yield return "link:" + item.Link.AbsoluteUri;
        yield return "hash:" + item.ContentHash;
    }
}
