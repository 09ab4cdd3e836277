using Dapper;
using Storyline.Storage.Rows;
using Storyline.Storage.Subscriptions;

namespace Storyline.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <summary>Ids per UPDATE … IN list, well under SQLite's bound-parameter limit.</summary>
    private const int ClaimChunk = 500;

    public async Task<IReadOnlyList<DueSubscription>> ListDueSubscriptionsAsync(DateTimeOffset now, bool ignoreSchedule, long afterId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SubscriptionRow, string, DueSubscription>(new CommandDefinition($"""
            SELECT {SubscriptionRow.Columns}, b.email AS Email
            FROM subscriptions s JOIN subscribers b ON b.id = s.subscriber_id
            WHERE s.status = 'active' AND b.status = 'active' AND s.id > @afterId
              AND (@ignoreSchedule OR s.next_due_ms IS NULL OR s.next_due_ms <= @now)
            ORDER BY s.id LIMIT @limit
            """, new { now = Ms(now), ignoreSchedule, afterId, limit }, cancellationToken: cancellationToken),
            (row, email) => new DueSubscription { Subscription = row.ToRecord(), Email = email }, splitOn: "Email");
        return rows.ToList();
    }

    public async Task<IReadOnlyList<DigestItem>> ListDigestItemsAsync(string follow, DateTimeOffset since, DateTimeOffset until, int limit, CancellationToken cancellationToken)
    {
        var colon = follow.IndexOf(':', StringComparison.Ordinal);
        var kind = colon < 0 ? follow : follow[..colon];
        var value = colon < 0 ? "" : follow[(colon + 1)..];
        var filter = kind switch
        {
            "front" => "1 = 1",
            // A story merged away keeps its followers: they follow the story it became.
            "story" => "a.story_id = COALESCE((SELECT r.into_id FROM story_redirects r WHERE r.from_id = @storyId), @storyId)",
            "topic" or "entity" => "a.story_id IN (SELECT t.story_id FROM story_tags t WHERE t.tag = @tag)",
            "outlet" => "a.source = @value COLLATE NOCASE",
            _ => throw new ArgumentException($"unknown follow target kind '{kind}'", nameof(follow)),
        };
        long.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var storyId);
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long ArticleId, long StoryId, string StoryTitle, string Title, string Source, string? Url, long PublishedMs)>(
            new CommandDefinition($"""
                SELECT a.id, a.story_id, st.title, a.title, a.source, a.url, a.published_ms
                FROM articles a JOIN stories st ON st.id = a.story_id
                WHERE a.ingested_ms > @since AND a.ingested_ms <= @until AND a.duplicate_of IS NULL AND {filter}
                ORDER BY st.rank DESC, a.story_id, a.published_ms DESC, a.id
                LIMIT @limit
                """, new { since = Ms(since), until = Ms(until), storyId, tag = value.Trim().ToLowerInvariant(), value, limit }, cancellationToken: cancellationToken));
        return rows.Select(SubscriptionMapping.Digest).ToList();
    }

    // A reply counts from when it was published: its approval when it was held, so a held reply is not missed by the
    // digest that ran while it waited.
    public async Task<IReadOnlyList<ReplyItem>> ListReplyItemsAsync(long storyId, string email, DateTimeOffset since, DateTimeOffset until, int limit,
        CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Id, long StoryId, string Author, string Text, long CreatedMs)>(new CommandDefinition("""
                SELECT c.id, c.story_id, c.author, c.text, c.created_ms
                FROM comments c
                WHERE c.story_id = COALESCE((SELECT r.into_id FROM story_redirects r WHERE r.from_id = @storyId), @storyId) AND c.status = 'Published'
                  AND COALESCE((SELECT MAX(m.at_ms) FROM moderation_log m WHERE m.comment_id = c.id AND m.action = 'Approve'), c.created_ms) > @since
                  AND COALESCE((SELECT MAX(m.at_ms) FROM moderation_log m WHERE m.comment_id = c.id AND m.action = 'Approve'), c.created_ms) <= @until
                  AND c.parent_id IN (SELECT p.id FROM comments p WHERE p.story_id = COALESCE((SELECT r.into_id FROM story_redirects r WHERE r.from_id = @storyId), @storyId) AND p.email IS NOT NULL AND lower(p.email) = lower(@email))
                  AND (c.email IS NULL OR lower(c.email) <> lower(@email))
                ORDER BY c.id LIMIT @limit
                """, new { storyId, email, since = Ms(since), until = Ms(until), limit = Math.Max(0, limit) }, cancellationToken: cancellationToken));
        return rows.Select(SubscriptionMapping.Reply).ToList();
    }

    public Task<int> RecordDigestsAsync(IReadOnlyList<DigestRecord> digests, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, tx) =>
        {
            var queued = 0;
            foreach (var digest in digests)
            {
                // Compare-and-set on the watermark: a second process that composed the same digest from the same read finds
                // it moved and queues nothing, so the same news never goes out twice.
                var moved = await connection.ExecuteAsync(new CommandDefinition("""
                    UPDATE subscriptions SET watermark_ms = @watermark, next_due_ms = @due
                    WHERE id = @SubscriptionId AND status = 'active' AND watermark_ms IS @from
                    """, new { digest.SubscriptionId, watermark = Ms(digest.Watermark), due = Ms(digest.NextDue), from = digest.ComposedFrom is { } f ? Ms(f) : (long?)null },
                    tx, cancellationToken: cancellationToken));
                if (moved > 0 && digest.Message is { } message) queued += await InsertOutboxAsync(connection, tx, message, cancellationToken);
            }
            return queued;
        }, cancellationToken);

    public Task<bool> EnqueueMailAsync(NewOutboxMessage message, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, tx) => await InsertOutboxAsync(connection, tx, message, cancellationToken) > 0, cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> ClaimOutboxAsync(DateTimeOffset now, bool ignoreBackoff, int limit, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        WriteAsync<IReadOnlyList<OutboxMessage>>(async (connection, tx) =>
        {
            // The write transaction (BEGIN IMMEDIATE) makes select-then-update atomic across processes.
            var rows = (await connection.QueryAsync<(long Id, string Key, long SubscriberId, string Email, string Kind, byte[] Mime, long Attempts)>(new CommandDefinition("""
                SELECT m.id, m.idempotency_key, m.subscriber_id, b.email, m.kind, m.mime, m.attempts
                FROM mail_outbox m JOIN subscribers b ON b.id = m.subscriber_id
                WHERE b.status <> 'suspended'
                  AND ((m.status = 'pending' AND (@ignoreBackoff OR m.next_attempt_ms <= @now)) OR (m.status = 'sending' AND m.lease_until_ms <= @now))
                ORDER BY m.id LIMIT @limit
                """, new { now = Ms(now), ignoreBackoff, limit }, tx, cancellationToken: cancellationToken))).ToList();
            foreach (var chunk in rows.Select(r => r.Id).Chunk(ClaimChunk))
                await connection.ExecuteAsync(new CommandDefinition(
                    "UPDATE mail_outbox SET status = 'sending', lease_until_ms = @until WHERE id IN @chunk",
                    new { until = Ms(leaseUntil), chunk }, tx, cancellationToken: cancellationToken));
            return rows.Select(SubscriptionMapping.Message).ToList();
        }, cancellationToken);

    public Task MarkOutboxSentAsync(long messageId, DateTimeOffset at, CancellationToken cancellationToken) =>
        // The body is dropped once delivered: the outbox keeps what happened, not a copy of every mail.
        WriteAsync(async (connection, tx) => await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE mail_outbox SET status = 'sent', sent_ms = @at, lease_until_ms = NULL, last_error = NULL, mime = x'', attempts = attempts + 1 WHERE id = @messageId",
            new { messageId, at = Ms(at) }, tx, cancellationToken: cancellationToken)), cancellationToken);

    public Task MarkOutboxRetryAsync(long messageId, string error, DateTimeOffset nextAttempt, bool countsAsAttempt, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, tx) => await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE mail_outbox SET status = 'pending', next_attempt_ms = @next, lease_until_ms = NULL, last_error = @error, attempts = attempts + @add
            WHERE id = @messageId AND status = 'sending'
            """, new { messageId, next = Ms(nextAttempt), error = SubscriptionMapping.TruncateMailError(error), add = countsAsAttempt ? 1 : 0 }, tx,
            cancellationToken: cancellationToken)), cancellationToken);

    public Task MarkOutboxFailedAsync(long messageId, string error, bool suspendSubscriber, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, tx) =>
        {
            var subscriberId = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                "UPDATE mail_outbox SET status = 'failed', lease_until_ms = NULL, last_error = @error, attempts = attempts + 1 WHERE id = @messageId RETURNING subscriber_id",
                new { messageId, error = SubscriptionMapping.TruncateMailError(error) }, tx, cancellationToken: cancellationToken));
            if (suspendSubscriber && subscriberId is { } id) await SuspendAsync(connection, tx, id, SubscriptionMapping.TruncateMailError(error), cancellationToken);
            return 0;
        }, cancellationToken);

    public async Task<OutboxCounts> CountOutboxAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return SubscriptionMapping.Counts(await connection.QueryAsync<(string Status, long Count)>(new CommandDefinition(
            "SELECT status, COUNT(*) FROM mail_outbox GROUP BY status", cancellationToken: cancellationToken)));
    }

    public Task<long?> SuspendByMessageIdAsync(string messageId, string reason, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, tx) =>
        {
            var subscriberId = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT subscriber_id FROM mail_outbox WHERE message_id = @messageId ORDER BY id DESC LIMIT 1", new { messageId }, tx, cancellationToken: cancellationToken));
            if (subscriberId is { } id) await SuspendAsync(connection, tx, id, reason, cancellationToken);
            return subscriberId;
        }, cancellationToken);

    private static Task<int> InsertOutboxAsync(Microsoft.Data.Sqlite.SqliteConnection connection, Microsoft.Data.Sqlite.SqliteTransaction tx, NewOutboxMessage message,
        CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("""
            INSERT OR IGNORE INTO mail_outbox(idempotency_key, subscriber_id, kind, message_id, subject, mime, status, next_attempt_ms, created_ms)
            VALUES (@IdempotencyKey, @SubscriberId, @Kind, @MessageId, @Subject, @Mime, 'pending', @created, @created)
            """, new { message.IdempotencyKey, message.SubscriberId, message.Kind, message.MessageId, message.Subject, message.Mime, created = Ms(message.Created) },
            tx, cancellationToken: cancellationToken));
}
