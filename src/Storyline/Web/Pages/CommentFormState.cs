namespace Storyline.Web.Pages;

/// <summary>A comment form sent back to its author with what they typed and what was wrong.</summary>
public sealed record CommentFormState
{
    public long? ParentId { get; init; }
    public string? Author { get; init; }
    public string? Text { get; init; }
    public required IReadOnlyDictionary<string, string> Errors { get; init; }
}
