using Microsoft.Extensions.Time.Testing;
using Storyline.Web;

namespace Storyline.Tests.Web;

/// <summary>/healthz asks the store at most once a second, shares one query between concurrent probes, and never keeps a failure.</summary>
public sealed class HealthProbeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ProbesWithinASecond_ShareOneStoreQuery_AndALaterProbeAsksAgain()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        var queries = 0;
        var probe = new HealthProbe(_ => Task.FromResult((long)Interlocked.Increment(ref queries)), time);

        for (var i = 0; i < 50; i++) Assert.Equal(new HealthJson("ok", 1), await probe.CheckAsync(Ct));
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(1, (await probe.CheckAsync(Ct)).Stories);
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(2, (await probe.CheckAsync(Ct)).Stories);
        Assert.Equal(2, queries);
    }

    [Fact]
    public async Task ConcurrentProbes_WaitForTheSameQuery()
    {
        var time = new FakeTimeProvider();
        var queries = 0;
        var release = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var probe = new HealthProbe(_ =>
        {
            Interlocked.Increment(ref queries);
            return release.Task;
        }, time);

        var waiting = Enumerable.Range(0, 20).Select(_ => probe.CheckAsync(Ct)).ToList();
        release.SetResult(7);
        Assert.All(await Task.WhenAll(waiting), answer => Assert.Equal(7, answer.Stories));
        Assert.Equal(1, queries);
    }

    [Fact]
    public async Task AFailedQuery_IsReported_AndNotKept()
    {
        var time = new FakeTimeProvider();
        var fail = true;
        var probe = new HealthProbe(_ => fail ? Task.FromException<long>(new InvalidOperationException("store down")) : Task.FromResult(3L), time);

        await Assert.ThrowsAsync<InvalidOperationException>(() => probe.CheckAsync(Ct));
        fail = false;
        Assert.Equal(3, (await probe.CheckAsync(Ct)).Stories);
    }
}
