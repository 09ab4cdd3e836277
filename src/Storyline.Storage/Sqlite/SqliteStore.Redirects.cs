using Dapper;
using Microsoft.Data.Sqlite;

namespace Storyline.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <summary>The live story a comment or an import goes to: the story itself or the one it was merged into.</summary>
    private static async Task<long> LiveStoryAsync(SqliteConnection connection, SqliteTransaction tx, long storyId, CancellationToken cancellationToken)
    {
        var live = await ResolveStoryAsync(connection, tx, storyId, cancellationToken);
        var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM stories WHERE id = @live AND article_count > 0", new { live }, tx, cancellationToken: cancellationToken));
        return exists == 0 ? throw new StoreException($"story {storyId} does not exist") : live;
    }

    public async Task<long?> ResolveStoryIdAsync(long storyId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
            SELECT s.id FROM stories s
            WHERE s.id = COALESCE((SELECT r.into_id FROM story_redirects r WHERE r.from_id = @storyId), @storyId) AND s.article_count > 0
            """, new { storyId }, cancellationToken: cancellationToken));
    }
}
