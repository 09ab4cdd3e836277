using Dapper;

namespace Storyline.Storage.Postgres;

public sealed partial class PostgresStore
{
    public Task<long?> ResolveStoryIdAsync(long storyId, CancellationToken cancellationToken) =>
        ReadAsync(connection => connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
            SELECT s.id FROM stories s
            WHERE s.id = COALESCE((SELECT r.into_id FROM story_redirects r WHERE r.from_id = @storyId), @storyId) AND s.article_count > 0
            """, new { storyId }, cancellationToken: cancellationToken)), cancellationToken);
}
