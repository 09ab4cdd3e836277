using Storyline.Core.Feeds;

namespace Storyline.Core.Tests.Feeds;

public sealed class OpmlTests
{
    [Fact]
    public void Parse_NestedOutlines_GivesFeedsWithFolderPaths()
    {
        var parsed = Assert.IsType<OpmlParseOutcome.Parsed>(new OpmlParser().Parse(FeedFixtures.Bytes("subscriptions.opml")));
        Assert.Equal(3, parsed.Feeds.Count);
        Assert.Equal("News", parsed.Feeds[0].Category);
        Assert.Equal("News/Local", parsed.Feeds[1].Category);
        Assert.Null(parsed.Feeds[2].Category);
        Assert.Equal("https://news.example/world/", parsed.Feeds[0].HtmlUrl?.AbsoluteUri);
        Assert.Contains(parsed.Warnings, w => w.Contains("not http", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_ThenParse_RoundTrips()
    {
        var feeds = new[]
        {
            new OpmlFeed { XmlUrl = new Uri("https://a.example/feed"), Title = "A & \"quotes\" 🎉", Category = "News" },
            new OpmlFeed { XmlUrl = new Uri("https://b.example/rss"), HtmlUrl = new Uri("https://b.example/") },
        };
        var opml = OpmlWriter.Write("Mine", feeds, new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero));
        var parsed = Assert.IsType<OpmlParseOutcome.Parsed>(new OpmlParser().Parse(opml));
        Assert.Equal(feeds.Select(f => f.XmlUrl.AbsoluteUri).Order(), parsed.Feeds.Select(f => f.XmlUrl.AbsoluteUri).Order());
        Assert.Contains(parsed.Feeds, f => f.Title == "A & \"quotes\" 🎉" && f.Category == "News");
    }

    [Theory]
    [InlineData("entity-bomb.xml")]
    [InlineData("rss20.xml")]
    [InlineData("jsonfeed10.json")]
    public void Parse_NotOpmlOrUnsafe_IsRejected(string file)
    {
        Assert.IsType<OpmlParseOutcome.Rejected>(new OpmlParser().Parse(FeedFixtures.Bytes(file)));
    }
}
