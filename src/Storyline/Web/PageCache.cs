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

    public async ValueTask<T?> GetOrAddAsync<T>(string key, Func<Task<T?>> render)
        where T : class
    {
        var now = time.GetUtcNow();
        if (_pages.TryGetValue(key, out var hit) && hit.Until > now && hit.Body is T cached) return cached;
        var body = await render();
        if (body is null) return null;
        if (_pages.Count >= _options.MaxCachedPages) _pages.Clear();
        _pages[key] = (body, now + _options.PageCacheLifetime);
        return body;
    }

    /// <summary>Forgets everything: called whenever stories or comments change.</summary>
    public void Invalidate() => _pages.Clear();
}
