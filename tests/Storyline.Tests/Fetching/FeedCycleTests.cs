using Storyline.Fetching;

namespace Storyline.Tests.Fetching;

public sealed class FeedCycleTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunOnce_PollsEveryDueFeedOnceThenNothingIsDue()
    {
        await using var server = await LocalFeedServer.StartAsync();
        await using var services = new FetchTestServices();
        var store = services.Get<IFeedStateStore>();
        for (var i = 0; i < 30; i++)
        {
            var path = $"feed{i}";
            if (i % 10 == 9) server.Map(path, context => { context.Response.StatusCode = 500; return Task.CompletedTask; });
            else server.MapContent(path, "application/rss+xml", TestFeeds.Rss(($"{i}", $"Item {i}", $"http://site.example/{i}", "Body")));
            await store.AddAsync(new FeedState { Url = server.Url(path), Added = DateTimeOffset.UtcNow }, Token);
        }

        var seen = 0;
        var results = await services.Get<FeedCycle>().RunOnceAsync((_, _) => { seen++; return Task.CompletedTask; }, Token);
        Assert.Equal(30, results.Count);
        Assert.Equal(30, seen);
        Assert.Equal(27, results.Count(r => r.Outcome is FetchOutcome.Fetched));
        Assert.Equal(3, results.Count(r => r.Outcome is FetchOutcome.Failed));
        Assert.Empty(await services.Get<FeedCycle>().RunOnceAsync(null, Token));
        Assert.All(await store.ListAsync(Token), f => Assert.True(f.NextCheck > DateTimeOffset.UtcNow));
        Assert.True(services.Logs.Logged(8109));
    }
}
