using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Storyline.Fetching;

namespace Storyline.Tests.Fetching;

/// <summary>The real fetching services, configured through configuration keys as in production, with fast test limits.</summary>
internal sealed class FetchTestServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    public FetchTestServices(IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Fetch:AllowPrivateAddresses"] = "true",
            ["Fetch:RequestTimeout"] = "00:00:02",
            ["Fetch:MinHostDelay"] = "00:00:00",
            ["Fetch:MaxHostJitter"] = "00:00:00.010",
            ["Fetch:MaxBodyBytes"] = (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Fetch:MinFullTextChars"] = "200",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            if (value is null) settings.Remove(key);
            else settings[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        services.AddStorylineFetching(configuration);
        _provider = services.BuildServiceProvider();
    }

    public CapturingLoggerProvider Logs { get; } = new();

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    public Task<FetchOutcome> FetchAsync(Uri url, CancellationToken cancellationToken) =>
        Get<HttpFetcher>().FetchAsync(new FetchRequest { Url = url }, cancellationToken);

    /// <summary>Subscribes to <paramref name="url"/> and polls it once.</summary>
    public async Task<FeedPollResult> PollAsync(Uri url, CancellationToken cancellationToken)
    {
        var store = Get<IFeedStateStore>();
        var state = await store.GetAsync(url, cancellationToken);
        if (state is null)
        {
            state = new FeedState { Url = url, Added = DateTimeOffset.UtcNow };
            await store.AddAsync(state, cancellationToken);
        }
        return await Get<FeedPoller>().PollAsync(state, cancellationToken);
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
