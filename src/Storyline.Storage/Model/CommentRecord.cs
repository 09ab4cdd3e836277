namespace Storyline.Storage.Model;

/// <summary>A stored comment. <see cref="Email"/> is kept for moderation and never shown.</summary>
public sealed record CommentRecord
{
    public required long Id { get; init; }
    public required long StoryId { get; init; }
    public long? ArticleId { get; init; }
    public long? ParentId { get; init; }
    public string? ExternalId { get; init; }
    public required string Author { get; init; }
    public string? Email { get; init; }
    public required string Text { get; init; }
    public required CommentStatus Status { get; init; }
    public double Spam { get; init; }
    public double Abuse { get; init; }
    public required DateTimeOffset Created { get; init; }
}
