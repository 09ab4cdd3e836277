namespace Storyline.Storage.Model;

/// <summary>A story with all its articles, oldest first.</summary>
public sealed record StoryDetail
{
    public required long Id { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<ArticleRecord> Articles { get; init; }

    /// <summary>Comments the pages declared (sum of "52 comments" headers), whether or not all were imported.</summary>
    public required int CommentsDeclared { get; init; }
}
