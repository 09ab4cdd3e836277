using System.Text;
using Storyline.Core.Feeds;

namespace Storyline.Core.Tests.Feeds;

public sealed class FeedParserBreakageTests
{
    [Fact]
    public void Parse_ItemWithoutLinkOrGuid_IsKeptWithContentIdentity()
    {
        var item = FeedFixtures.Parsed("rss20.xml").Items.Single(i => i.Title == "No link, no guid: a brief");
        Assert.Equal(ItemIdentitySource.ContentHash, item.IdentitySource);
        Assert.StartsWith("hash:", item.Id, StringComparison.Ordinal);
        Assert.Null(item.Published);
    }

    [Fact]
    public void Parse_ReusedGuid_FallsBackToLinkAndDropsExactDuplicates()
    {
        var feed = FeedFixtures.Parsed("rss20.xml");
        var other = feed.Items.Single(i => i.Title == "Reused GUID, different story");
        Assert.Equal("link:https://news.example/world/other", other.Id);
        Assert.Equal(feed.Items.Count, feed.Items.Select(i => i.Id).Distinct().Count());
        Assert.Contains(feed.Warnings, w => w.Contains("duplicate", StringComparison.Ordinal));
        Assert.Contains(feed.Warnings, w => w.Contains("unreadable date", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_HtmlEntitiesBareAmpersandsControlCharsAndTrailingJunk_AreRepaired()
    {
        var feed = FeedFixtures.Parsed("broken-entities.xml");
        Assert.Equal("Fish & Chips Daily", feed.Title);
        Assert.Equal("Prices £5 & up … R&D", feed.Items[0].Title);
        Assert.Equal("http://fish.example/a?x=1&y=2", feed.Items[0].Link?.OriginalString);
        Assert.Contains(feed.Warnings, w => w.Contains("repaired", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_RelativeLinksWithoutChannelLink_ResolveAgainstFeedUrl()
    {
        const string xml = "<rss version=\"2.0\"><channel><title>t</title><item><title>a</title><link>/a</link></item></channel></rss>";
        var outcome = new FeedParser().Parse(Encoding.UTF8.GetBytes(xml), null, new Uri("https://host.example/feeds/x.xml"));
        var feed = Assert.IsType<FeedParseOutcome.Parsed>(outcome).Feed;
        Assert.Equal("https://host.example/a", feed.Items[0].Link?.AbsoluteUri);
    }

    [Fact]
    public void Parse_JavascriptAndMailtoLinks_AreDropped()
    {
        const string xml = "<rss version=\"2.0\"><channel><item><title>a</title><link>javascript:alert(1)</link></item><item><title>b</title><link>mailto:x@example.org</link></item></channel></rss>";
        var feed = Assert.IsType<FeedParseOutcome.Parsed>(new FeedParser().Parse(xml)).Feed;
        Assert.All(feed.Items, i => Assert.Null(i.Link));
    }

    [Fact]
    public void Parse_ItemsOverTheCap_AreCutWithAWarning()
    {
        var xml = new StringBuilder("<rss version=\"2.0\"><channel><title>big</title>");
        for (var i = 0; i < 50; i++) xml.Append($"<item><guid>{i}</guid><title>t{i}</title></item>");
        xml.Append("</channel></rss>");
        var outcome = new FeedParser(new FeedParserOptions { MaxItems = 10 }).Parse(xml.ToString());
        var feed = Assert.IsType<FeedParseOutcome.Parsed>(outcome).Feed;
        Assert.Equal(10, feed.Items.Count);
        Assert.Contains(feed.Warnings, w => w.Contains("only the first 10", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SameStoryUnderNewGuid_KeepsLinkAndContentHash()
    {
        static string Feed(string guid) => $"<rss version=\"2.0\"><channel><item><guid>{guid}</guid><title>Same</title><link>https://x.example/s</link><description>Body</description></item></channel></rss>";
        var a = Assert.IsType<FeedParseOutcome.Parsed>(new FeedParser().Parse(Feed("one"))).Feed.Items[0];
        var b = Assert.IsType<FeedParseOutcome.Parsed>(new FeedParser().Parse(Feed("two"))).Feed.Items[0];
        Assert.NotEqual(a.Id, b.Id);
        Assert.Equal(a.Link, b.Link);
        Assert.Equal(a.ContentHash, b.ContentHash);
    }

    [Theory]
    [InlineData("html-page.html", "HTML page")]
    [InlineData("subscriptions.opml", "root element <opml>")]
    public void Parse_NotAFeed_IsInvalidWithReason(string file, string reason)
    {
        var invalid = Assert.IsType<FeedParseOutcome.Invalid>(FeedFixtures.Parse(file));
        Assert.Contains(reason, invalid.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("hello world")]
    [InlineData("<rss><channel><item>")]
    [InlineData("{\"title\":\"no version\"}")]
    [InlineData("{ broken json")]
    public void Parse_Garbage_IsInvalidNotAnException(string text)
    {
        Assert.IsType<FeedParseOutcome.Invalid>(new FeedParser().Parse(Encoding.UTF8.GetBytes(text)));
    }
}
