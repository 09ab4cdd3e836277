using System.Collections.Concurrent;
using System.Globalization;

namespace Storyline.Web;

/// <summary>
/// Rendered pages and answers kept in memory until the content changes (a comment, an ingest) or they age out.
/// Pages with per-visitor parts (antiforgery tokens) are cached with placeholders filled in per request, so caching
/// never serves one visitor's token to another.
/// </summary>
public sealed class PageCache(TimeProvider time, Microsoft.Extensions.Options.IOptions<WebOptions> options)
{
    private readonly ConcurrentDictionary<string, (object Body, DateTimeOffset Until)> _pages = new(StringComparer.Ordinal);
    private const string StoryPrefix = "story|";
    private const string StoryJsonPrefix = "api-story|";
    private readonly WebOptions _options = options.Value;

    private readonly ConcurrentDictionary<string, Lazy<Task<object?>>> _rendering = new(StringComparer.Ordinal);

    // Bumped by every invalidation: a render that started before a change is served once but never stored.
    private long _generation;

    public async ValueTask<T?> GetOrAddAsync<T>(string key, Func<Task<T?>> render)
        where T : class
    {
        var now = time.GetUtcNow();
        if (_pages.TryGetValue(key, out var hit) && hit.Until > now && hit.Body is T cached) return cached;
        // One render per key at a time: when a page ages out under load, the requests that miss wait for that render
        // instead of all rendering it at once (which is what made the tail latency jump every cache lifetime).
        var mine = new Lazy<Task<object?>>(() => RenderAsync(key, render, now));
        var shared = _rendering.GetOrAdd(key, mine);
        try
        {
            return await shared.Value as T;
        }
        catch (OperationCanceledException) when (!ReferenceEquals(shared, mine))
        {
            // The request that started the render went away; this one renders for itself.
            return await render();
        }
        finally
        {
            _rendering.TryRemove(KeyValuePair.Create(key, shared));
        }
    }

    private async Task<object?> RenderAsync<T>(string key, Func<Task<T?>> render, DateTimeOffset now)
        where T : class
    {
        var generation = Interlocked.Read(ref _generation);
        var body = await render();
        if (body is null || Interlocked.Read(ref _generation) != generation) return body;
        if (_pages.Count >= _options.MaxCachedPages) _pages.Clear();
        _pages[key] = (body, now + _options.PageCacheLifetime);
        // An invalidation between the check and the store: drop what may be stale (at worst a fresh entry is rendered again).
        if (Interlocked.Read(ref _generation) != generation) _pages.TryRemove(key, out _);
        return body;
    }

    /// <summary>The key of a story's page (the pages that show one story only are the ones a comment elsewhere leaves valid).</summary>
    public static string StoryPageKey(long storyId) => string.Create(CultureInfo.InvariantCulture, $"{StoryPrefix}{storyId}");

    /// <summary>The key of a story's JSON.</summary>
    public static string StoryJsonKey(long storyId) => string.Create(CultureInfo.InvariantCulture, $"{StoryJsonPrefix}{storyId}");

    /// <summary>
    /// Forgets what a new comment on one story changes: that story's page and JSON, and every list (comment counts),
    /// but not the other stories' pages, so a busy discussion does not make the whole site render again.
    /// </summary>
    public void InvalidateStory(long storyId)
    {
        Interlocked.Increment(ref _generation);
        var page = StoryPageKey(storyId);
        var json = StoryJsonKey(storyId);
        foreach (var key in _pages.Keys)
        {
            var otherStory = (key.StartsWith(StoryPrefix, StringComparison.Ordinal) || key.StartsWith(StoryJsonPrefix, StringComparison.Ordinal))
                && key != page && key != json;
            if (!otherStory) _pages.TryRemove(key, out _);
        }
    }

    /// <summary>Forgets everything: called whenever stories change or a moderator decides.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _pages.Clear();
    }
}
