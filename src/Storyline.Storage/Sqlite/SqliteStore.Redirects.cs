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
}
