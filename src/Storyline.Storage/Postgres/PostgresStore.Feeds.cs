using Dapper;
using Storyline.Storage.Model;
using Storyline.Storage.Rows;

namespace Storyline.Storage.Postgres;

public sealed partial class PostgresStore
{
    public Task<bool> AddFeedAsync(FeedRow feed, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, tx) => await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO feeds(url, next_check_ms, state_json) VALUES (@Url, @next, @StateJson) ON CONFLICT (url) DO NOTHING",
            new { feed.Url, next = FeedDbRow.NextCheckMsOf(feed), feed.StateJson }, tx, cancellationToken: cancellationToken)) > 0, cancellationToken);

    public Task<FeedRow?> GetFeedAsync(string url, CancellationToken cancellationToken) =>
        ReadAsync(async connection => (await connection.QueryFirstOrDefaultAsync<FeedDbRow>(new CommandDefinition(
            $"SELECT {FeedDbRow.Columns} FROM feeds WHERE url = @url", new { url }, cancellationToken: cancellationToken)))?.ToRow(), cancellationToken);

    public Task<IReadOnlyList<FeedRow>> ListFeedsAsync(CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<FeedRow>>(async connection =>
            (await connection.QueryAsync<FeedDbRow>(new CommandDefinition($"SELECT {FeedDbRow.Columns} FROM feeds ORDER BY url", cancellationToken: cancellationToken)))
            .Select(r => r.ToRow()).ToList(), cancellationToken);

    public Task<IReadOnlyList<FeedRow>> ClaimDueFeedsAsync(DateTimeOffset now, int limit, DateTimeOffset claimUntil, CancellationToken cancellationToken) =>
        WriteAsync<IReadOnlyList<FeedRow>>(async (connection, tx) =>
        {
            // SKIP LOCKED: a process claiming at the same moment takes the next due feeds instead of waiting for these,
            // and never gets the same one; the rows come back as they were before the claim, like on SQLite.
            var due = await connection.QueryAsync<FeedDbRow>(new CommandDefinition($"""
                WITH due AS (
                    SELECT url, next_check_ms, state_json FROM feeds
                    WHERE next_check_ms IS NULL OR next_check_ms <= @now
                    ORDER BY COALESCE(next_check_ms, 0), url
                    LIMIT @limit
                    FOR UPDATE SKIP LOCKED),
                claimed AS (UPDATE feeds f SET next_check_ms = @until FROM due WHERE f.url = due.url)
                SELECT {FeedDbRow.Columns} FROM due ORDER BY COALESCE(next_check_ms, 0), url
                """, new { now = Ms(now), limit = Math.Max(0, limit), until = Ms(claimUntil) }, tx, cancellationToken: cancellationToken));
            return due.Select(r => r.ToRow()).ToList();
        }, cancellationToken);

    public Task SaveFeedAsync(FeedRow feed, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, tx) => await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE feeds SET next_check_ms = @next, state_json = @StateJson WHERE url = @Url",
            new { feed.Url, next = FeedDbRow.NextCheckMsOf(feed), feed.StateJson }, tx, cancellationToken: cancellationToken)), cancellationToken);

    public Task<bool> RemoveFeedAsync(string url, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, tx) =>
        {
            await connection.ExecuteAsync(new CommandDefinition("DELETE FROM feed_seen WHERE feed_url = @url", new { url }, tx, cancellationToken: cancellationToken));
            return await connection.ExecuteAsync(new CommandDefinition("DELETE FROM feeds WHERE url = @url", new { url }, tx, cancellationToken: cancellationToken)) > 0;
        }, cancellationToken);

    public async Task<IReadOnlySet<string>> SeenFeedKeysAsync(string feedUrl, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0) return new HashSet<string>(StringComparer.Ordinal);
        return await ReadAsync(async connection => (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT key FROM feed_seen WHERE feed_url = @feedUrl AND key = ANY(@keys)", new { feedUrl, keys = keys.ToArray() }, cancellationToken: cancellationToken)))
            .ToHashSet(StringComparer.Ordinal), cancellationToken);
    }

    public Task MarkFeedKeysSeenAsync(string feedUrl, IReadOnlyCollection<string> keys, int keep, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, tx) =>
        {
            var now = Ms(_time.GetUtcNow());
            // Distinct: one INSERT ... ON CONFLICT DO UPDATE may not touch the same row twice.
            var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO feed_seen(feed_url, key, seen_ms) SELECT @feedUrl, unnest(@keys), @now
                ON CONFLICT (feed_url, key) DO UPDATE SET seen_ms = excluded.seen_ms
                """, new { feedUrl, keys = distinct, now }, tx, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition("""
                DELETE FROM feed_seen WHERE feed_url = @feedUrl AND key IN (
                    SELECT key FROM feed_seen WHERE feed_url = @feedUrl ORDER BY seen_ms DESC OFFSET @keep)
                """, new { feedUrl, keep = Math.Max(0, keep) }, tx, cancellationToken: cancellationToken));
            return 0;
        }, cancellationToken);
}
