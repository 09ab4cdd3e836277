namespace Storyline.Web.Feeds;

/// <summary>A feed before it is written as Atom, RSS or JSON Feed; all addresses absolute.</summary>
public sealed record FeedDocument
{
    public required string Title { get; init; }
    public required string Id { get; init; }
    public required string HomeUrl { get; init; }
    public required string FeedUrl { get; init; }
    public required DateTimeOffset Updated { get; init; }
    public required IReadOnlyList<FeedEntry> Entries { get; init; }
}
