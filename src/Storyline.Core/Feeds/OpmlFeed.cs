namespace Storyline.Core.Feeds;

/// <summary>One subscription in an OPML outline.</summary>
public sealed record OpmlFeed
{
    public required Uri XmlUrl { get; init; }
    public string? Title { get; init; }
    public Uri? HtmlUrl { get; init; }

    /// <summary>The enclosing outline folders, joined with "/" (null at the top level).</summary>
    public string? Category { get; init; }
}
