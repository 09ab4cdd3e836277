using Storyline.Core.Feeds;

namespace Storyline.Core.Tests.Feeds;

public sealed class FeedParserFormatTests
{
    public static TheoryData<string, FeedFormat, int, string, string?> Fixtures => new()
    {
        { "rss091.xml", FeedFormat.Rss091, 2, "Café reopens on Main Street", "http://gazette.example/news/cafe-reopens" },
        { "rss092.xml", FeedFormat.Rss092, 1, "Résumé of the week", null },
        { "rss20.xml", FeedFormat.Rss20, 5, "Elections called in 18 districts", "https://news.example/world/articles/elections" },
        { "rss10.rdf", FeedFormat.Rss10, 2, "First RDF item", "http://rdf.example/a" },
        { "atom10.xml", FeedFormat.Atom10, 3, "XHTML entry", "https://atom.example/blog/posts/xhtml" },
        { "atom03.xml", FeedFormat.Atom03, 3, "Escaped mode", "http://old.example/1" },
        { "jsonfeed10.json", FeedFormat.JsonFeed10, 2, "Numeric id", "https://json.example/posts/1" },
        { "jsonfeed11.json", FeedFormat.JsonFeed11, 2, "Podcast", "https://json11.example/a" },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_EveryFormat_ReadsFormatItemsTitleAndLink(string file, FeedFormat format, int items, string firstTitle, string? firstLink)
    {
        var feed = FeedFixtures.Parsed(file);
        Assert.Equal(format, feed.Format);
        Assert.Equal(items, feed.Items.Count);
        Assert.Equal(firstTitle, feed.Items[0].Title);
        Assert.Equal(firstLink, feed.Items[0].Link?.AbsoluteUri);
    }

    [Fact]
    public void Parse_Rss20_ReadsContentAuthorsTopicsAndHashtags()
    {
        var item = FeedFixtures.Parsed("rss20.xml").Items[0];
        Assert.Equal("guid:urn:news:1001", item.Id);
        Assert.Contains("Full body paragraph two", item.Content, StringComparison.Ordinal);
        Assert.Contains("Short summary", item.Summary, StringComparison.Ordinal);
        Assert.Equal(["Ana Reporter"], item.Authors);
        Assert.Equal(["Politics", "Russia", "Kolpino", "Moscow"], item.Topics);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.Zero), item.Published);
    }

    [Fact]
    public void Parse_MediaRssGroup_KeepsVideosThumbnailDurationAndKeywords()
    {
        var item = FeedFixtures.Parsed("rss20.xml").Items[1];
        Assert.Equal(2, item.Media.Count);
        var video = item.Media[0];
        Assert.Equal(MediaKind.Video, video.Kind);
        Assert.Equal(TimeSpan.FromSeconds(754), video.Duration);
        Assert.Equal("https://cdn.news.example/council.jpg", video.ThumbnailUrl?.AbsoluteUri);
        Assert.Equal(1280, video.Width);
        Assert.Equal("Council meeting", video.Title);
        Assert.Contains("Kolpino", item.Topics);
        Assert.Equal(["Fred Pleitgen"], item.Authors);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 18, 15, 0, TimeSpan.FromHours(-5)), item.Published);
    }

    [Fact]
    public void Parse_PodcastEnclosure_IsAudioWithItunesDurationAndImage()
    {
        var audio = Assert.Single(FeedFixtures.Parsed("rss20.xml").Items[2].Media);
        Assert.Equal(MediaKind.Audio, audio.Kind);
        Assert.Equal(3_456_789, audio.LengthBytes);
        Assert.Equal(TimeSpan.FromSeconds(3723), audio.Duration);
        Assert.Equal("https://cdn.news.example/ep12.jpg", audio.ThumbnailUrl?.AbsoluteUri);
    }

    [Fact]
    public void Parse_Atom10_ResolvesXmlBaseAndReadsXhtmlEnclosureAuthors()
    {
        var feed = FeedFixtures.Parsed("atom10.xml");
        Assert.Equal("Atom Blog", feed.Title);
        Assert.Equal("https://atom.example/blog/feed.atom", feed.FeedUrl?.AbsoluteUri);
        var first = feed.Items[0];
        Assert.Contains("<b>XHTML</b>", first.Content, StringComparison.Ordinal);
        Assert.Equal("Plain &amp; simple summary", first.Summary);
        Assert.Equal(["Ana Cabrera", "Dmitry Palyuga"], first.Authors);
        Assert.Equal(["Politics", "elections"], first.Topics);
        Assert.Equal("https://atom.example/media/clip.mp4", Assert.Single(first.Media).Url.AbsoluteUri);
        Assert.Equal("https://other.example/sub/page.html", feed.Items[1].Link?.AbsoluteUri);
        Assert.Contains("<b>HTML</b>", feed.Items[1].Content, StringComparison.Ordinal);
        var video = Assert.Single(feed.Items[2].Media);
        Assert.Equal(MediaKind.Video, video.Kind);
        Assert.Equal("https://i.video.example/abc/hq.jpg", video.ThumbnailUrl?.AbsoluteUri);
    }

    [Fact]
    public void Parse_Atom03_DecodesEscapedBase64AndXmlModes()
    {
        var feed = FeedFixtures.Parsed("atom03.xml");
        Assert.Equal("Old & Atom", feed.Title);
        Assert.Equal("<p>Escaped <i>content</i></p>", feed.Items[0].Content);
        Assert.Equal("<p>Base64 <b>body</b> é</p>", feed.Items[1].Content);
        Assert.Contains("Inline xml", feed.Items[2].Content, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2004, 3, 5, 9, 0, 0, TimeSpan.FromHours(-5)), feed.Items[0].Published);
        Assert.Equal(["History"], feed.Items[0].Topics);
    }

    [Fact]
    public void Parse_JsonFeed_ReadsNumericIdsAuthorsAttachmentsAndImage()
    {
        var one = FeedFixtures.Parsed("jsonfeed10.json");
        Assert.Equal("guid:1", one.Items[0].Id);
        Assert.Equal("Plain text &amp; more", one.Items[0].Content);
        Assert.Equal(["Solo Author"], one.Items[0].Authors);
        Assert.Equal(MediaKind.Image, Assert.Single(one.Items[1].Media).Kind);

        var eleven = FeedFixtures.Parsed("jsonfeed11.json");
        Assert.Equal(["First", "Second"], eleven.Items[0].Authors);
        var mp3 = Assert.Single(eleven.Items[0].Media);
        Assert.Equal(TimeSpan.FromMinutes(30), mp3.Duration);
        Assert.Equal(MediaKind.Audio, mp3.Kind);
        Assert.Equal("https://elsewhere.example/b", eleven.Items[1].Link?.AbsoluteUri);
        Assert.Contains(eleven.Warnings, w => w.Contains("date", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_Rss091WithNetscapeDoctype_ReadsHtmlEntities()
    {
        var feed = FeedFixtures.Parsed("rss091.xml");
        Assert.Equal("Council meets & votes", feed.Items[1].Title);
        Assert.Contains("—", feed.Items[0].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Latin1Declaration_DecodesAccents()
    {
        var feed = FeedFixtures.Parsed("rss092.xml");
        Assert.Equal("Latin-1 été", feed.Title);
        Assert.Equal(MediaKind.Audio, Assert.Single(feed.Items[0].Media).Kind);
    }
}
