using Microsoft.Extensions.Time.Testing;
using Storyline.Core.Discussion.Policy;

namespace Storyline.Core.Tests.Discussion;

public sealed class CommentRateLimiterTests
{
    [Fact]
    public void CountAndRecord_CountsOnlyWithinTheWindow()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var limiter = new CommentRateLimiter(TimeSpan.FromMinutes(10), time);
        Assert.Equal(0, limiter.CountAndRecord("client-a"));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, limiter.CountAndRecord("client-a"));
        Assert.Equal(0, limiter.CountAndRecord("client-b"));
        time.Advance(TimeSpan.FromMinutes(9.5));
        Assert.Equal(1, limiter.CountAndRecord("client-a"));
    }
}
