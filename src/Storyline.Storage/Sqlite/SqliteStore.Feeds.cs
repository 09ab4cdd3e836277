using Dapper;
using Storyline.Storage.Model;
using Storyline.Storage.Rows;

namespace Storyline.Storage.Sqlite;

public sealed partial class SqliteStore
{
    public Task<bool> AddFeedAsync(FeedRow feed, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, tx) => await connection.ExecuteAsync(new CommandDefinition(
            "INSERT OR IGNORE INTO feeds(url, next_check_ms, state_json) VALUES (@Url, @next, @StateJson)",
            new { feed.Url, next = FeedDbRow.NextCheckMsOf(feed), feed.StateJson }, tx, cancellationToken: cancellationToken)) > 0, cancellationToken);

    public async Task<FeedRow?> GetFeedAsync(string url, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<FeedDbRow>(new CommandDefinition(
            $"SELECT {FeedDbRow.Columns} FROM feeds WHERE url = @url", new { url }, cancellationToken: cancellationToken));
        return row?.ToRow();
    }

    public async Task<IReadOnlyList<FeedRow>> ListFeedsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<FeedDbRow>(new CommandDefinition($"SELECT {FeedDbRow.Columns} FROM feeds ORDER BY url", cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRow()).ToList();
    }

    public Task<IReadOnlyList<FeedRow>> ClaimDueFeedsAsync(DateTimeOffset now, int limit, DateTimeOffset claimUntil, CancellationToken cancellationToken) =>
        WriteAsync<IReadOnlyList<FeedRow>>(async (connection, tx) =>
        {
            // The write transaction (BEGIN IMMEDIATE) makes select-then-update atomic across processes.
            var due = (await connection.QueryAsync<FeedDbRow>(new CommandDefinition($"""
                SELECT {FeedDbRow.Columns} FROM feeds WHERE next_check_ms IS NULL OR next_check_ms <= @now
                ORDER BY COALESCE(next_check_ms, 0), url LIMIT @limit
                """, new { now = Ms(now), limit }, tx, cancellationToken: cancellationToken))).ToList();
            foreach (var feed in due)
                await connection.ExecuteAsync(new CommandDefinition(
                    "UPDATE feeds SET next_check_ms = @until WHERE url = @Url", new { until = Ms(claimUntil), feed.Url }, tx, cancellationToken: cancellationToken));
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
        await using var connection = await OpenAsync(cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Chunks keep each statement under SQLite's bound-parameter limit.
        foreach (var chunk in keys.Chunk(500))
            seen.UnionWith(await connection.QueryAsync<string>(new CommandDefinition(
                "SELECT key FROM feed_seen WHERE feed_url = @feedUrl AND key IN @chunk", new { feedUrl, chunk }, cancellationToken: cancellationToken)));
        return seen;
    }

    public Task MarkFeedKeysSeenAsync(string feedUrl, IReadOnlyCollection<string> keys, int keep, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, tx) =>
        {
            var now = Ms(_time.GetUtcNow());
            foreach (var key in keys)
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO feed_seen(feed_url, key, seen_ms) VALUES (@feedUrl, @key, @now) ON CONFLICT(feed_url, key) DO UPDATE SET seen_ms = @now",
                    new { feedUrl, key, now }, tx, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition("""
                DELETE FROM feed_seen WHERE feed_url = @feedUrl AND key IN (
                    SELECT key FROM feed_seen WHERE feed_url = @feedUrl ORDER BY seen_ms DESC LIMIT -1 OFFSET @keep)
                """, new { feedUrl, keep }, tx, cancellationToken: cancellationToken));
            return 0;
        }, cancellationToken);
}
