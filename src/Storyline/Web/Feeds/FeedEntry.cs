namespace Storyline.Web.Feeds;

/// <summary>One feed item: a story, a report or a comment. Plain text only; writers encode it.</summary>
public sealed record FeedEntry
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Url { get; init; }
    public required DateTimeOffset Published { get; init; }
    public required DateTimeOffset Updated { get; init; }
    public required string Summary { get; init; }
    public string? Author { get; init; }
}
