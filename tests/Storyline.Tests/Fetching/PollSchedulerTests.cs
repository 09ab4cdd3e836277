using Microsoft.Extensions.Options;
using Storyline.Fetching;

namespace Storyline.Tests.Fetching;

public sealed class PollSchedulerTests
{
    private static readonly DateTimeOffset Now = new(2024, 3, 5, 12, 0, 0, TimeSpan.Zero);
    private static readonly FetchOptions Options = new();
    private static readonly Uri Url = new("https://feeds.example/rss");

    private static PollScheduler Scheduler() => new(new StaticOptions(Options), new Random(7));

    private static FeedState State(int errors = 0, TimeSpan? interval = null) =>
        new() { Url = Url, Added = Now, ErrorCount = errors, PublishInterval = interval };

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(6, 160)]
    [InlineData(9, 720)]
    [InlineData(500, 720)]
    public void Backoff_DoublesPerErrorUpToTheCeiling(int errors, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), PollScheduler.Backoff(errors, Options));
    }

    [Fact]
    public void NextCheck_AfterManyFailures_NeverExceedsTheCeiling()
    {
        var failed = new FetchOutcome.Failed { Url = Url, Kind = FetchFailureKind.Network, Reason = "x" };
        var next = Scheduler().NextCheck(State(errors: 1000), failed, Now);
        Assert.InRange(next - Now, TimeSpan.FromHours(10), Options.BackoffCeiling);
    }

    [Theory]
    [InlineData(1, 10)]            // a feed publishing every 2 minutes is still polled at most every 10 minutes
    [InlineData(120, 120)]
    [InlineData(100_000, 1440)]    // a dormant feed is polled at least daily
    public void NextCheck_FollowsThePublishingRateWithinBounds(int intervalMinutes, int expectedMinutes)
    {
        var fetched = new FetchOutcome.NotModified { Url = Url, ByServer = true };
        var wait = Scheduler().NextCheck(State(interval: TimeSpan.FromMinutes(intervalMinutes)), fetched, Now) - Now;
        Assert.InRange(wait.TotalMinutes, expectedMinutes * 0.9 - 0.01, expectedMinutes * 1.1 + 0.01);
        Assert.InRange(wait, Options.MinPollInterval, Options.MaxPollInterval);
    }

    [Fact]
    public void NextCheck_Gone_IsADayLater()
    {
        Assert.Equal(Now + TimeSpan.FromDays(1), Scheduler().NextCheck(State(errors: 1), new FetchOutcome.Gone { Url = Url }, Now));
    }

    [Fact]
    public void EstimateInterval_HourlyFeed_IsHalfAnHour()
    {
        var dates = Enumerable.Range(0, 10).Select(i => Now - TimeSpan.FromHours(i) - TimeSpan.FromMinutes(5));
        Assert.Equal(TimeSpan.FromMinutes(30), PollScheduler.EstimateInterval(dates, Now));
    }

    [Fact]
    public void EstimateInterval_QuietFeed_StretchesWithSilence()
    {
        var dates = new[] { Now - TimeSpan.FromDays(20), Now - TimeSpan.FromDays(20) - TimeSpan.FromHours(1) };
        Assert.Equal(TimeSpan.FromDays(5), PollScheduler.EstimateInterval(dates, Now));
    }

    [Fact]
    public void EstimateInterval_OneDate_IsUnknown()
    {
        Assert.Null(PollScheduler.EstimateInterval([Now], Now));
    }

    private sealed class StaticOptions(FetchOptions value) : IOptionsMonitor<FetchOptions>
    {
        public FetchOptions CurrentValue => value;

        public FetchOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<FetchOptions, string?> listener) => null;
    }
}
