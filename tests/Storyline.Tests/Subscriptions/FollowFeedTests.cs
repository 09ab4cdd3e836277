using System.Net;

namespace Storyline.Tests.Subscriptions;

/// <summary>Following an outlet or an entity by feed, without an account.</summary>
public sealed class FollowFeedTests(SubscriptionHost host) : IClassFixture<SubscriptionHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("atom", "application/atom+xml", "<feed")]
    [InlineData("rss", "application/rss+xml", "<rss")]
    [InlineData("json", "application/feed+json", "\"version\"")]
    public async Task OutletFeed_ListsThatOutletsReportsOnly(string format, string type, string marker)
    {
        host.RequireSink();
        await host.PublishAsync($"Quarry expansion hearing {format}", "Valley Courier", "quarries");
        await host.PublishAsync($"Orchard harvest festival {format}", "Hilltop Gazette", "festivals");
        using var client = host.Client();
        using var response = await client.GetAsync(new Uri("feeds/outlets/Valley%20Courier." + format, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains(marker, body, StringComparison.Ordinal);
        Assert.Contains($"Quarry expansion hearing {format}", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Orchard harvest festival", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("outlets/Valley%20Courier.xml", HttpStatusCode.NotFound)]
    [InlineData("outlets/%0D%0ABcc.atom", HttpStatusCode.BadRequest)]
    public async Task FollowFeed_BadFormatOrName_IsRefused(string path, HttpStatusCode expected)
    {
        host.RequireSink();
        using var client = host.Client();
        using var response = await client.GetAsync(new Uri("feeds/" + path, UriKind.Relative), Ct);
        Assert.Equal(expected, response.StatusCode);
    }
}
