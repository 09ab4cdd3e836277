using Dapper;
using Npgsql;
using Storyline.Storage.Model;
using Storyline.Storage.Rows;

namespace Storyline.Storage.Postgres;

public sealed partial class PostgresStore
{
    public Task<IReadOnlyList<CommentRecord>> GetCommentsAsync(long storyId, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<CommentRecord>>(async connection =>
        {
            var rows = await connection.QueryAsync<CommentRow>(new CommandDefinition(
                $"SELECT {CommentRow.Columns} FROM comments WHERE story_id = @storyId ORDER BY id", new { storyId }, cancellationToken: cancellationToken));
            return rows.Select(r => r.ToRecord()).ToList();
        }, cancellationToken);

    public Task<CommentRecord> AddCommentAsync(NewComment comment, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, tx) =>
        {
            var storyId = await LockLiveStoryAsync(connection, tx, comment.StoryId, cancellationToken);
            if (comment.ParentId is { } parentId)
            {
                var parentStory = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                    "SELECT story_id FROM comments WHERE id = @parentId", new { parentId }, tx, cancellationToken: cancellationToken));
                if (parentStory != storyId) throw new StoreException($"comment {parentId} is not in story {comment.StoryId}");
            }
            var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
                INSERT INTO comments(story_id, article_id, parent_id, external_id, author, email, text, status, spam, abuse, created_ms, edit_token_hash)
                VALUES (@storyId, @ArticleId, @ParentId, @ExternalId, @Author, @Email, @Text, @status, @Spam, @Abuse, @created, @EditTokenHash)
                RETURNING id
                """, new
            {
                storyId, comment.ArticleId, comment.ParentId, comment.ExternalId, comment.Author, comment.Email, comment.Text,
                status = comment.Status.ToString(), comment.Spam, comment.Abuse, created = Ms(comment.Created), comment.EditTokenHash,
            }, tx, cancellationToken: cancellationToken));
            return CommentThreads.Stored(comment, id, storyId);
        }, cancellationToken);

    public Task<ImportResult> ImportCommentsAsync(long storyId, IReadOnlyList<NewComment> comments, IReadOnlyDictionary<string, string> parentByExternalId,
        CancellationToken cancellationToken) =>
        WriteAsync(async (connection, tx) =>
        {
            var live = await LockLiveStoryAsync(connection, tx, storyId, cancellationToken);
            var ids = new Dictionary<string, long>(StringComparer.Ordinal);
            int imported = 0, present = 0;
            foreach (var comment in comments)
            {
                var external = comment.ExternalId ?? throw new ArgumentException("imported comments need an external id", nameof(comments));
                var parent = CommentThreads.ImportedParent(external, parentByExternalId, ids);
                // ON CONFLICT: a second node importing the same thread at the same moment skips what the first stored.
                var id = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
                    INSERT INTO comments(story_id, parent_id, external_id, author, email, text, status, spam, abuse, created_ms)
                    VALUES (@live, @parent, @external, @Author, @Email, @Text, @status, @Spam, @Abuse, @created)
                    ON CONFLICT (story_id, external_id) WHERE external_id IS NOT NULL DO NOTHING
                    RETURNING id
                    """, new
                {
                    live, parent, external, comment.Author, comment.Email, comment.Text, status = comment.Status.ToString(), comment.Spam, comment.Abuse,
                    created = Ms(comment.Created),
                }, tx, cancellationToken: cancellationToken));
                if (id is { } newId)
                {
                    ids[external] = newId;
                    imported++;
                    continue;
                }
                ids[external] = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    "SELECT id FROM comments WHERE story_id = @live AND external_id = @external", new { live, external }, tx, cancellationToken: cancellationToken));
                present++;
            }
            return new ImportResult(imported, present);
        }, cancellationToken);

    /// <summary>
    /// The story a comment goes to, locked against a concurrent merge (which takes the row FOR UPDATE first). A story
    /// merged away forwards to the story it became, so a reader's comment posted on any node during a merge is kept.
    /// </summary>
    private static async Task<long> LockLiveStoryAsync(NpgsqlConnection connection, NpgsqlTransaction tx, long storyId, CancellationToken cancellationToken)
    {
        for (var hop = 0; hop < 2; hop++)
        {
            var live = await ResolveStoryAsync(connection, tx, storyId, cancellationToken);
            var exists = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT id FROM stories WHERE id = @live AND article_count > 0 FOR KEY SHARE", new { live }, tx, cancellationToken: cancellationToken));
            if (exists is not null) return live;
        }
        throw new StoreException($"story {storyId} does not exist");
    }
}
