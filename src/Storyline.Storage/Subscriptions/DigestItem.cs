namespace Storyline.Storage.Subscriptions;

/// <summary>One new article for a digest, with the story it belongs to.</summary>
public sealed record DigestItem
{
    public required long ArticleId { get; init; }
    public required long StoryId { get; init; }
    public required string StoryTitle { get; init; }
    public required string Title { get; init; }
    public required string Source { get; init; }
    public string? Url { get; init; }
    public required DateTimeOffset Published { get; init; }
}
