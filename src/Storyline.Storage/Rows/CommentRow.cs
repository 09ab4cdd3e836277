using Storyline.Storage.Model;

namespace Storyline.Storage.Rows;

/// <summary>One row of the comments table as both stores select it.</summary>
internal sealed class CommentRow
{
    public long Id { get; init; }
    public long StoryId { get; init; }
    public long? ArticleId { get; init; }
    public long? ParentId { get; init; }
    public string? ExternalId { get; init; }
    public string Author { get; init; } = "";
    public string? Email { get; init; }
    public string Text { get; init; } = "";
    public string Status { get; init; } = nameof(CommentStatus.Published);
    public double Spam { get; init; }
    public double Abuse { get; init; }
    public long CreatedMs { get; init; }

    /// <summary>The columns this row maps, for <c>SELECT … FROM comments</c>.</summary>
    public const string Columns = """
        id AS Id, story_id AS StoryId, article_id AS ArticleId, parent_id AS ParentId, external_id AS ExternalId, author AS Author,
        email AS Email, text AS Text, status AS Status, spam AS Spam, abuse AS Abuse, created_ms AS CreatedMs
        """;

    // An unknown status (written by a newer version) is shown as Held: hiding a comment is the safe side.
    public CommentRecord ToRecord() => new()
    {
        Id = Id,
        StoryId = StoryId,
        ArticleId = ArticleId,
        ParentId = ParentId,
        ExternalId = ExternalId,
        Author = Author,
        Email = Email,
        Text = Text,
        Status = Enum.TryParse<CommentStatus>(Status, out var s) ? s : CommentStatus.Held,
        Spam = Spam,
        Abuse = Abuse,
        Created = DateTimeOffset.FromUnixTimeMilliseconds(CreatedMs),
    };
}
