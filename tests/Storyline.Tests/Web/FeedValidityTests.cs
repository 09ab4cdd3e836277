using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;

namespace Storyline.Tests.Web;

/// <summary>The feeds out follow their specs' required elements: Atom (RFC 4287), RSS 2.0 and JSON Feed 1.1.</summary>
public sealed class FeedValidityTests(WebAppFixture site) : IClassFixture<WebAppFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/feeds/stories.atom")]
    [InlineData("/feeds/stories.atom?topic=transport")]
    [InlineData("/feeds/stories/1.atom")]
    [InlineData("/feeds/search.atom?q=ferry")]
    public async Task AtomFeed_HasTheRequiredElementsWithAbsoluteLinks(string path)
    {
        using var client = site.Client();
        var feed = XDocument.Parse(await client.GetStringAsync(new Uri(path, UriKind.Relative), Ct)).Root!;
        AssertAtomHead(feed);
        Assert.Single(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        Assert.NotEmpty(feed.Elements(Atom + "author"));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, AssertAtomHead);
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("/feeds/stories.rss")]
    [InlineData("/feeds/stories/1.rss")]
    [InlineData("/feeds/search.rss?q=ferry")]
    public async Task RssFeed_HasChannelAndItemsWithRfc822Dates(string path)
    {
        using var client = site.Client();
        var rss = XDocument.Parse(await client.GetStringAsync(new Uri(path, UriKind.Relative), Ct)).Root!;
        Assert.Equal("2.0", (string?)rss.Attribute("version"));
        var channel = rss.Element("channel")!;
        foreach (var name in new[] { "title", "link", "description" }) Assert.False(string.IsNullOrWhiteSpace(channel.Element(name)?.Value), $"channel has {name}");
        Assert.True(Uri.IsWellFormedUriString(channel.Element("link")!.Value, UriKind.Absolute));
        var items = channel.Elements("item").ToList();
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Element("title")?.Value));
            Assert.True(Uri.IsWellFormedUriString(item.Element("link")!.Value, UriKind.Absolute));
            Assert.False(string.IsNullOrWhiteSpace(item.Element("guid")?.Value));
            Assert.True(DateTimeOffset.TryParseExact(item.Element("pubDate")!.Value, "r", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        }
    }

    [Theory]
    [InlineData("/feeds/stories.json")]
    [InlineData("/feeds/stories/1.json")]
    [InlineData("/feeds/search.json?q=ferry")]
    public async Task JsonFeed_ItemsHaveUniqueIdsContentAndRfc3339Dates(string path)
    {
        using var client = site.Client();
        var feed = JsonDocument.Parse(await client.GetStringAsync(new Uri(path, UriKind.Relative), Ct)).RootElement;
        Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
        Assert.False(string.IsNullOrWhiteSpace(feed.GetProperty("title").GetString()));
        Assert.True(Uri.IsWellFormedUriString(feed.GetProperty("feed_url").GetString(), UriKind.Absolute));
        var items = feed.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.Equal(items.Count, items.Select(i => i.GetProperty("id").GetString()).Distinct(StringComparer.Ordinal).Count());
        foreach (var item in items)
        {
            Assert.True(item.TryGetProperty("content_text", out _) || item.TryGetProperty("content_html", out _), "an item has content");
            Assert.True(DateTimeOffset.TryParseExact(item.GetProperty("date_published").GetString(), "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _));
        }
    }

    [Fact]
    public async Task FrontPage_FilteredByAnEntityOfAStory_ListsThatStory()
    {
        using var client = site.Client();
        var story = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/stories/1", UriKind.Relative), Ct)).RootElement;
        var entity = story.GetProperty("entities")[0].GetProperty("name").GetString()!;
        var page = await client.GetStringAsync(new Uri("/?topic=" + Uri.EscapeDataString(entity.ToLowerInvariant()), UriKind.Relative), Ct);
        Assert.Contains("href=\"/stories/1\"", page, StringComparison.Ordinal);
    }

    private static void AssertAtomHead(XElement element)
    {
        Assert.True(Uri.IsWellFormedUriString(element.Element(Atom + "id")?.Value, UriKind.Absolute), "an absolute atom:id");
        Assert.False(string.IsNullOrWhiteSpace(element.Element(Atom + "title")?.Value));
        Assert.True(DateTimeOffset.TryParse(element.Element(Atom + "updated")?.Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        Assert.All(element.Elements(Atom + "link"), l => Assert.True(Uri.IsWellFormedUriString((string?)l.Attribute("href"), UriKind.Absolute)));
    }
}
