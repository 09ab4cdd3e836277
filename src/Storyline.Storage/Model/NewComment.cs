namespace Storyline.Storage.Model;

/// <summary>A comment to store.</summary>
public sealed record NewComment
{
    public required long StoryId { get; init; }
    public long? ParentId { get; init; }
    public required string Author { get; init; }
    public string? Email { get; init; }
    public required string Text { get; init; }
    public required CommentStatus Status { get; init; }
    public double Spam { get; init; }
    public double Abuse { get; init; }
    public required DateTimeOffset Created { get; init; }
    public string? ExternalId { get; init; }
    public long? ArticleId { get; init; }

    /// <summary>Hash of the author's edit token, when one was issued.</summary>
    public string? EditTokenHash { get; init; }
}
