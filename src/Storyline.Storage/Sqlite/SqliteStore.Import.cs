using Dapper;
using Storyline.Storage.Model;
using Storyline.Storage.Rows;

namespace Storyline.Storage.Sqlite;

public sealed partial class SqliteStore
{
    public Task<ImportResult> ImportCommentsAsync(long storyId, IReadOnlyList<NewComment> comments, IReadOnlyDictionary<string, string> parentByExternalId,
        CancellationToken cancellationToken) =>
        WriteAsync(async (connection, tx) =>
        {
            storyId = await LiveStoryAsync(connection, tx, storyId, cancellationToken);
            var ids = new Dictionary<string, long>(StringComparer.Ordinal);
            int imported = 0, present = 0;
            foreach (var comment in comments)
            {
                var external = comment.ExternalId ?? throw new ArgumentException("imported comments need an external id", nameof(comments));
                var existing = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                    "SELECT id FROM comments WHERE story_id = @storyId AND external_id = @external", new { storyId, external }, tx, cancellationToken: cancellationToken));
                if (existing is { } id)
                {
                    ids[external] = id;
                    present++;
                    continue;
                }
                var parent = CommentThreads.ImportedParent(external, parentByExternalId, ids);
                ids[external] = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
                    INSERT INTO comments(story_id, parent_id, external_id, author, email, text, status, spam, abuse, created_ms)
                    VALUES (@storyId, @parent, @external, @Author, @Email, @Text, @status, @Spam, @Abuse, @created) RETURNING id
                    """, new
                {
                    storyId, parent, external, comment.Author, comment.Email, comment.Text, status = comment.Status.ToString(), comment.Spam, comment.Abuse,
                    created = Ms(comment.Created),
                }, tx, cancellationToken: cancellationToken));
                imported++;
            }
            return new ImportResult(imported, present);
        }, cancellationToken);
}
