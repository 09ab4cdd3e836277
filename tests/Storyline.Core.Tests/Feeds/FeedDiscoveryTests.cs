using Storyline.Core.Feeds;

namespace Storyline.Core.Tests.Feeds;

public sealed class FeedDiscoveryTests
{
    [Fact]
    public void FindFeeds_AlternateLinks_AreResolvedAgainstThePage()
    {
        const string html = """
            <html><head>
            <link rel="stylesheet" type="text/css" href="/s.css">
            <link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.xml">
            <link rel="alternate" type="application/atom+xml" href="https://site.example/atom">
            <link rel="alternate" type="application/rss+xml" href="/feed.xml">
            <link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
            <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
            </head><body></body></html>
            """;
        var feeds = FeedDiscovery.FindFeeds(html, new Uri("https://site.example/news/page"));
        Assert.Equal(["https://site.example/feed.xml", "https://site.example/atom"], feeds.Select(f => f.AbsoluteUri));
    }

    [Fact]
    public void FindFeeds_PageWithoutFeeds_IsEmpty()
    {
        Assert.Empty(FeedDiscovery.FindFeeds("<html><body><p>No feeds</p></body></html>", new Uri("https://site.example/")));
    }
}
