using System.Net;
using System.Net.Http.Json;

namespace Storyline.Tests.Web;

/// <summary>The built-in rate limiter answers 429 with Retry-After once a client has used its POSTs.</summary>
public sealed class RateLimitTests(RateLimitedWebAppFixture site) : IClassFixture<RateLimitedWebAppFixture>
{
    [Fact]
    public async Task ApiPost_BeyondTheAllowance_Answers429WithRetryAfter()
    {
        using var client = site.Client();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last?.Dispose();
            last = await client.PostAsJsonAsync(new Uri("/api/stories/1/comments", UriKind.Relative),
                new { author = "Fast", email = "fast@example.org", text = $"Comment number {i}" }, TestContext.Current.CancellationToken);
        }
        using var response = last!;
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter is not null);
    }
}
