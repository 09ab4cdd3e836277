using Dapper;
using Storyline.Storage.Model;
using Storyline.Storage.Rows;

namespace Storyline.Storage.Sqlite;

public sealed partial class SqliteStore
{
    public async Task<IReadOnlyList<CommentRecord>> GetCommentsAsync(long storyId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CommentRow>(new CommandDefinition(
            $"SELECT {CommentRow.Columns} FROM comments WHERE story_id = @storyId ORDER BY id", new { storyId }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    public Task<CommentRecord> AddCommentAsync(NewComment comment, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, tx) =>
        {
            // A story merged away forwards to the story it became, so a comment posted from a page opened before the merge is kept.
            comment = comment with { StoryId = await LiveStoryAsync(connection, tx, comment.StoryId, cancellationToken) };
            if (comment.ParentId is { } parentId)
            {
                var parentStory = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                    "SELECT story_id FROM comments WHERE id = @parentId", new { parentId }, tx, cancellationToken: cancellationToken));
                if (parentStory != comment.StoryId) throw new StoreException($"comment {parentId} is not in story {comment.StoryId}");
            }
            var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
                INSERT INTO comments(story_id, article_id, parent_id, external_id, author, email, text, status, spam, abuse, created_ms, edit_token_hash)
                VALUES (@StoryId, @ArticleId, @ParentId, @ExternalId, @Author, @Email, @Text, @status, @Spam, @Abuse, @created, @EditTokenHash)
                RETURNING id
                """, new
            {
                comment.StoryId, comment.ArticleId, comment.ParentId, comment.ExternalId, comment.Author, comment.Email, comment.Text,
                status = comment.Status.ToString(), comment.Spam, comment.Abuse, created = Ms(comment.Created), comment.EditTokenHash,
            }, tx, cancellationToken: cancellationToken));
            return CommentThreads.Stored(comment, id, comment.StoryId);
        }, cancellationToken);
}
