using Storyline.Core.Feeds;

namespace Storyline.Core.Tests.Feeds;

/// <summary>Reads the feed fixtures under TestData/Feeds.</summary>
internal static class FeedFixtures
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "Feeds", name));

    public static FeedParseOutcome Parse(string name, Uri? feedUrl = null) => new FeedParser().Parse(Bytes(name), null, feedUrl);

    public static ParsedFeed Parsed(string name, Uri? feedUrl = null)
    {
        var outcome = Parse(name, feedUrl);
        var parsed = Assert.IsType<FeedParseOutcome.Parsed>(outcome);
        return parsed.Feed;
    }
}
