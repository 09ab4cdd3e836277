using Microsoft.Extensions.Options;
using Storyline.Web;

namespace Storyline.Tests.Web;

/// <summary>The page cache serves what it rendered until something changes, and never keeps a render that a change overtook.</summary>
public sealed class PageCacheTests
{
    private static PageCache NewCache() => new(TimeProvider.System, Options.Create(new WebOptions()));

    [Fact]
    public async Task SecondRequest_IsServedFromTheCache()
    {
        var cache = NewCache();
        var renders = 0;
        for (var i = 0; i < 3; i++) await cache.GetOrAddAsync("k", () => Task.FromResult<string?>($"page {++renders}"));
        Assert.Equal(1, renders);
    }

    [Fact]
    public async Task Invalidate_MakesTheNextRequestRenderAgain()
    {
        var cache = NewCache();
        Assert.Equal("old", await cache.GetOrAddAsync("k", () => Task.FromResult<string?>("old")));
        cache.Invalidate();
        Assert.Equal("new", await cache.GetOrAddAsync("k", () => Task.FromResult<string?>("new")));
    }

    [Fact]
    public async Task RenderOvertakenByAChange_IsServedOnceButNotKept()
    {
        var cache = NewCache();
        var first = await cache.GetOrAddAsync("k", () =>
        {
            cache.Invalidate(); // a comment arrives while the page is being rendered from the old state
            return Task.FromResult<string?>("stale");
        });
        Assert.Equal("stale", first);
        Assert.Equal("fresh", await cache.GetOrAddAsync("k", () => Task.FromResult<string?>("fresh")));
    }

    [Fact]
    public async Task InvalidateStory_DropsThatStoryAndTheLists_KeepsOtherStories()
    {
        var cache = NewCache();
        foreach (var key in new[] { PageCache.StoryPageKey(1), PageCache.StoryJsonKey(1), PageCache.StoryPageKey(2), PageCache.StoryJsonKey(2), "front|1|", "feed|atom||x" })
            await cache.GetOrAddAsync(key, () => Task.FromResult<string?>("old"));
        cache.InvalidateStory(1);
        async Task<string?> Read(string key) => await cache.GetOrAddAsync(key, () => Task.FromResult<string?>("new"));
        Assert.Equal("new", await Read(PageCache.StoryPageKey(1)));
        Assert.Equal("new", await Read(PageCache.StoryJsonKey(1)));
        Assert.Equal("new", await Read("front|1|"));
        Assert.Equal("new", await Read("feed|atom||x"));
        Assert.Equal("old", await Read(PageCache.StoryPageKey(2)));
        Assert.Equal("old", await Read(PageCache.StoryJsonKey(2)));
        Assert.Equal("new", await Read(PageCache.StoryPageKey(12)));
    }

    [Fact]
    public async Task ConcurrentMisses_RenderThePageOnce()
    {
        var cache = NewCache();
        var renders = 0;
        var gate = new TaskCompletionSource();
        async Task<string?> Render()
        {
            Interlocked.Increment(ref renders);
            await gate.Task;
            return "page";
        }
        var readers = Enumerable.Range(0, 8).Select(_ => cache.GetOrAddAsync("k", Render).AsTask()).ToList();
        gate.SetResult();
        Assert.All(await Task.WhenAll(readers), page => Assert.Equal("page", page));
        Assert.Equal(1, renders);
    }

    [Fact]
    public async Task SharedRenderCancelled_OtherReaderRendersForItself()
    {
        var cache = NewCache();
        var gate = new TaskCompletionSource();
        async Task<string?> Cancelled()
        {
            await gate.Task;
            throw new OperationCanceledException();
        }
        var first = cache.GetOrAddAsync("k", Cancelled).AsTask();
        var second = cache.GetOrAddAsync("k", () => Task.FromResult<string?>("own")).AsTask();
        gate.SetResult();
        await Assert.ThrowsAsync<OperationCanceledException>(() => first);
        Assert.Equal("own", await second);
    }
}
