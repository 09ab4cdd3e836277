using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Storyline.Fetching;

namespace Storyline.Tests.Fetching;

public sealed class HostPolitenessTests
{
    private static readonly FetchOptions Options = new() { MinHostDelay = TimeSpan.FromSeconds(2), MaxHostJitter = TimeSpan.FromSeconds(1) };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Acquire_SameHost_WaitsForTheFirstLeaseAndTheQuietGap()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var politeness = new HostPoliteness(new OptionsMonitor(Options), time, new Random(1));
        var first = await politeness.AcquireAsync(new Uri("https://a.example/1"), Token);
        var second = politeness.AcquireAsync(new Uri("https://A.example/2"), Token);
        Assert.False(second.IsCompleted);

        await first.DisposeAsync();
        await Task.Delay(20, Token);
        Assert.False(second.IsCompleted);   // the quiet gap of at least two seconds
        time.Advance(TimeSpan.FromSeconds(3.1));
        await (await second.WaitAsync(TimeSpan.FromSeconds(5), Token)).DisposeAsync();
    }

    [Fact]
    public async Task Acquire_DifferentHosts_DoNotWaitForEachOther()
    {
        var politeness = new HostPoliteness(new OptionsMonitor(Options), new FakeTimeProvider(), new Random(1));
        await using var a = await politeness.AcquireAsync(new Uri("https://a.example/"), Token);
        var b = politeness.AcquireAsync(new Uri("https://b.example/"), Token);
        Assert.True(b.IsCompleted);
        await (await b).DisposeAsync();
        Assert.Equal(2, politeness.HostCount);
    }

    [Fact]
    public async Task Acquire_Cancelled_ReleasesTheHost()
    {
        var time = new FakeTimeProvider();
        var politeness = new HostPoliteness(new OptionsMonitor(Options), time, new Random(1));
        await (await politeness.AcquireAsync(new Uri("https://a.example/"), Token)).DisposeAsync();
        using var cancel = new CancellationTokenSource();
        var waiting = politeness.AcquireAsync(new Uri("https://a.example/"), cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        time.Advance(TimeSpan.FromSeconds(5));
        await (await politeness.AcquireAsync(new Uri("https://a.example/"), Token).WaitAsync(TimeSpan.FromSeconds(5), Token)).DisposeAsync();
    }

    private sealed class OptionsMonitor(FetchOptions value) : IOptionsMonitor<FetchOptions>
    {
        public FetchOptions CurrentValue => value;

        public FetchOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<FetchOptions, string?> listener) => null;
    }
}
