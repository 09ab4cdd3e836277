using Storyline.Core.Feeds;

namespace Storyline.Fetching;

/// <summary>A process-local <see cref="IFeedStateStore"/> (tests, benchmarks, one-shot CLI runs).</summary>
public sealed class InMemoryFeedStateStore : IFeedStateStore
{
    /// <summary>Seen-item keys remembered per feed; the oldest are forgotten first.</summary>
    public const int MaxSeenKeysPerFeed = 20_000;

    private readonly Lock _lock = new();
    private readonly SortedDictionary<string, FeedState> _feeds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (HashSet<string> Set, Queue<string> Order)> _seen = new(StringComparer.Ordinal);

    public Task<bool> AddAsync(FeedState feed, CancellationToken cancellationToken)
    {
        lock (_lock) return Task.FromResult(_feeds.TryAdd(feed.Url.AbsoluteUri, feed));
    }

    public Task<FeedState?> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        lock (_lock) return Task.FromResult(_feeds.GetValueOrDefault(url.AbsoluteUri));
    }

    public Task<IReadOnlyList<FeedState>> ListAsync(CancellationToken cancellationToken)
    {
        lock (_lock) return Task.FromResult<IReadOnlyList<FeedState>>(_feeds.Values.ToList());
    }

    public Task<IReadOnlyList<FeedState>> ClaimDueAsync(DateTimeOffset now, int limit, DateTimeOffset claimUntil, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var due = _feeds.Values
                .Where(f => f.NextCheck is null || f.NextCheck <= now)
                .OrderBy(f => f.NextCheck ?? DateTimeOffset.MinValue)
                .Take(limit)
                .ToList();
            foreach (var feed in due) _feeds[feed.Url.AbsoluteUri] = feed with { NextCheck = claimUntil };
            return Task.FromResult<IReadOnlyList<FeedState>>(due);
        }
    }

    public Task SaveAsync(FeedState state, CancellationToken cancellationToken)
    {
        lock (_lock)
            if (_feeds.ContainsKey(state.Url.AbsoluteUri)) _feeds[state.Url.AbsoluteUri] = state;
        return Task.CompletedTask;
    }

    public Task<bool> RemoveAsync(Uri url, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _seen.Remove(url.AbsoluteUri);
            return Task.FromResult(_feeds.Remove(url.AbsoluteUri));
        }
    }

    public Task<IReadOnlyList<FeedItem>> UnseenAsync(Uri feedUrl, IReadOnlyList<FeedItem> items, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_seen.TryGetValue(feedUrl.AbsoluteUri, out var seen)) return Task.FromResult(items);
            return Task.FromResult<IReadOnlyList<FeedItem>>(items.Where(i => !Keys(i).Any(seen.Set.Contains)).ToList());
        }
    }

    public Task MarkSeenAsync(Uri feedUrl, IReadOnlyList<FeedItem> items, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_seen.TryGetValue(feedUrl.AbsoluteUri, out var seen)) _seen[feedUrl.AbsoluteUri] = seen = (new(StringComparer.Ordinal), new());
            foreach (var key in items.SelectMany(Keys))
            {
                if (!seen.Set.Add(key)) continue;
                seen.Order.Enqueue(key);
                if (seen.Order.Count > MaxSeenKeysPerFeed) seen.Set.Remove(seen.Order.Dequeue());
            }
        }
        return Task.CompletedTask;
    }

    private static IEnumerable<string> Keys(FeedItem item)
    {
        yield return item.Id;
        if (item.Link is not null) yield return "link:" + item.Link.AbsoluteUri;
        yield return "hash:" + item.ContentHash;
    }
}
