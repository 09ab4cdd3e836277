using Storyline.Core.Extraction;
using Storyline.Storage.Model;

namespace Storyline.Storage.Rows;

/// <summary>How comments keep their thread when they are stored in order: parents are looked up among those already stored.</summary>
internal static class CommentThreads
{
    /// <summary>Author shown for an embedded comment the page did not name.</summary>
    public const string AnonymousAuthor = "Anonymous";

    /// <summary>The external id of a comment embedded in an article page; the article id keeps ids from two pages apart.</summary>
    public static string EmbeddedExternalId(long articleId, ExtractedComment comment) => $"a{articleId}/{comment.Id}";

    /// <summary>The stored parent of an embedded comment; a parent that came later (or never) leaves it top-level.</summary>
    public static long? EmbeddedParent(ExtractedComment comment, IReadOnlyDictionary<string, long> storedIds) =>
        comment.Parent is not null && storedIds.TryGetValue(comment.Parent, out var p) ? p : null;

    /// <summary>The stored parent of an imported comment, by the external ids stored so far in this import.</summary>
    public static long? ImportedParent(string external, IReadOnlyDictionary<string, string> parentByExternalId, IReadOnlyDictionary<string, long> storedIds) =>
        parentByExternalId.TryGetValue(external, out var p) && storedIds.TryGetValue(p, out var pid) ? pid : null;

    /// <summary>The record of a comment just inserted as <paramref name="id"/> into <paramref name="storyId"/>.</summary>
    public static CommentRecord Stored(NewComment comment, long id, long storyId) => new()
    {
        Id = id,
        StoryId = storyId,
        ArticleId = comment.ArticleId,
        ParentId = comment.ParentId,
        ExternalId = comment.ExternalId,
        Author = comment.Author,
        Email = comment.Email,
        Text = comment.Text,
        Status = comment.Status,
        Spam = comment.Spam,
        Abuse = comment.Abuse,
        Created = comment.Created,
    };
}
