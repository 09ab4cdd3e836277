using System.Collections.Concurrent;

namespace Storyline.Web;

/// <summary>
/// Rendered pages and answers kept in memory until the content changes (a comment, an ingest) or they age out.
/// Pages with per-visitor parts (antiforgery tokens) are cached with placeholders filled in per request, so caching
/// never serves one visitor's token to another.
/// </summary>
public sealed class PageCache(TimeProvider time, Microsoft.Extensions.Options.IOptions<WebOptions> options)
{
    private readonly ConcurrentDictionary<string, (object Body, DateTimeOffset Until)> _pages = new(StringComparer.Ordinal);
    private readonly WebOptions _options = options.Value;

    // Bumped by every invalidation: a render that started before a change is served once but never stored.
    private long _generation;

    public async ValueTask<T?> GetOrAddAsync<T>(string key, Func<Task<T?>> render)
        where T : class
    {
        var now = time.GetUtcNow();
        if (_pages.TryGetValue(key, out var hit) && hit.Until > now && hit.Body is T cached) return cached;
        var generation = Interlocked.Read(ref _generation);
        var body = await render();
        if (body is null || Interlocked.Read(ref _generation) != generation) return body;
        if (_pages.Count >= _options.MaxCachedPages) _pages.Clear();
        _pages[key] = (body, now + _options.PageCacheLifetime);
        // An invalidation between the check and the store: drop what may be stale (at worst a fresh entry is rendered again).
        if (Interlocked.Read(ref _generation) != generation) _pages.TryRemove(key, out _);
        return body;
    }

    /// <summary>Forgets everything: called whenever stories or comments change.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _pages.Clear();
    }
}
