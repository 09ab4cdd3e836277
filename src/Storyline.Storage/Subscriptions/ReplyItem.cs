namespace Storyline.Storage.Subscriptions;

/// <summary>A published reply to one of the subscriber's own comments, for a story digest; never carries an address.</summary>
public sealed record ReplyItem
{
    public required long CommentId { get; init; }
    public required long StoryId { get; init; }
    public required string Author { get; init; }
    public required string Text { get; init; }
    public required DateTimeOffset Created { get; init; }
}
