namespace Storyline.Core.Feeds;

/// <summary>The syndication formats and versions the parser reads.</summary>
public enum FeedFormat
{
    /// <summary>RSS 0.91 (Netscape or UserLand).</summary>
    Rss091,
    Rss092,
    Rss20,

    /// <summary>RSS 1.0, the RDF form with items beside the channel.</summary>
    Rss10,
    Atom03,
    Atom10,
    JsonFeed10,
    JsonFeed11,
}
