using Dapper;
using Microsoft.Data.Sqlite;
using Storyline.Storage.Rows;
using Storyline.Storage.Subscriptions;

namespace Storyline.Storage.Sqlite;

public sealed partial class SqliteStore
{
    public Task<SignUpRecord> AddSubscriptionAsync(NewSubscription subscription, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, tx) =>
        {
            var at = Ms(subscription.Consent.At);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT OR IGNORE INTO subscribers(email, status, created_ms) VALUES (@Email, 'pending', @at)",
                new { subscription.Email, at }, tx, cancellationToken: cancellationToken));
            var subscriber = (await connection.QuerySingleAsync<SubscriberRow>(new CommandDefinition(
                $"SELECT {SubscriberRow.Columns} FROM subscribers WHERE email = @Email", new { subscription.Email }, tx, cancellationToken: cancellationToken))).ToRecord();
            var existing = await QuerySubscriptionAsync(connection, tx, "s.subscriber_id = @subscriberId AND s.follow = @follow",
                new { subscriberId = subscriber.Id, follow = subscription.Follow }, cancellationToken);
            var isNew = existing is null || existing.Status == SubscriptionStatus.Unsubscribed;
            if (existing is null)
            {
                await connection.ExecuteAsync(new CommandDefinition("""
                    INSERT INTO subscriptions(subscriber_id, follow, frequency, status, created_ms, replies)
                    VALUES (@subscriberId, @Follow, @Frequency, 'pending', @at, @replies)
                    """, new { subscriberId = subscriber.Id, subscription.Follow, subscription.Frequency, at, replies = subscription.Replies ? 1L : 0L }, tx, cancellationToken: cancellationToken));
            }
            else if (existing.Status == SubscriptionStatus.Unsubscribed)
            {
                // Coming back after leaving needs a fresh confirmation, like a first sign-up.
                await connection.ExecuteAsync(new CommandDefinition("""
                    UPDATE subscriptions SET status = 'pending', frequency = @Frequency, replies = @replies, unsubscribed_ms = NULL, confirmed_ms = NULL
                    WHERE id = @Id
                    """, new { existing.Id, subscription.Frequency, replies = subscription.Replies ? 1L : 0L }, tx, cancellationToken: cancellationToken));
            }
            else if (existing.Status == SubscriptionStatus.Pending)
            {
                await connection.ExecuteAsync(new CommandDefinition("UPDATE subscriptions SET frequency = @Frequency, replies = @replies WHERE id = @Id",
                    new { existing.Id, subscription.Frequency, replies = subscription.Replies ? 1L : 0L }, tx, cancellationToken: cancellationToken));
            }
            else if (subscription.Replies && !existing.Replies)
            {
                // Already confirmed for this story: asking for replies too widens nothing the address did not agree to
                // (mail about this story), and the request is in the consent records.
                await connection.ExecuteAsync(new CommandDefinition("UPDATE subscriptions SET replies = 1 WHERE id = @Id",
                    new { existing.Id }, tx, cancellationToken: cancellationToken));
            }
            var stored = (await QuerySubscriptionAsync(connection, tx, "s.subscriber_id = @subscriberId AND s.follow = @follow",
                new { subscriberId = subscriber.Id, follow = subscription.Follow }, cancellationToken))!;
            await InsertConsentAsync(connection, tx, subscriber.Id, subscription.Consent with { SubscriptionId = stored.Id }, cancellationToken);
            return new SignUpRecord { Subscriber = subscriber, Subscription = stored, IsNewSubscription = isNew };
        }, cancellationToken);

    public async Task<SubscriberRecord?> GetSubscriberAsync(long subscriberId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await connection.QueryFirstOrDefaultAsync<SubscriberRow>(new CommandDefinition(
            $"SELECT {SubscriberRow.Columns} FROM subscribers WHERE id = @subscriberId", new { subscriberId }, cancellationToken: cancellationToken)))?.ToRecord();
    }

    public async Task<SubscriptionRecord?> GetSubscriptionAsync(long subscriptionId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await QuerySubscriptionAsync(connection, null, "s.id = @subscriptionId", new { subscriptionId }, cancellationToken);
    }

    public async Task<IReadOnlyList<SubscriptionRecord>> ListSubscriptionsAsync(long subscriberId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await connection.QueryAsync<SubscriptionRow>(new CommandDefinition(
            $"SELECT {SubscriptionRow.Columns} FROM subscriptions s WHERE s.subscriber_id = @subscriberId ORDER BY s.id",
            new { subscriberId }, cancellationToken: cancellationToken))).Select(r => r.ToRecord()).ToList();
    }

    public Task<bool> ConfirmSubscriptionAsync(long subscriptionId, ConsentEvent consent, DateTimeOffset firstDue, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, tx) =>
        {
            var at = Ms(consent.At);
            var subscriberId = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
                UPDATE subscriptions SET status = 'active', confirmed_ms = @at, watermark_ms = @at, next_due_ms = @due
                WHERE id = @subscriptionId AND status = 'pending' RETURNING subscriber_id
                """, new { subscriptionId, at, due = Ms(firstDue) }, tx, cancellationToken: cancellationToken));
            if (subscriberId is not { } id) return false;
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE subscribers SET status = 'active', confirmed_ms = COALESCE(confirmed_ms, @at) WHERE id = @id AND status = 'pending'",
                new { id, at }, tx, cancellationToken: cancellationToken));
            await InsertConsentAsync(connection, tx, id, consent with { SubscriptionId = subscriptionId }, cancellationToken);
            return true;
        }, cancellationToken);

    public Task<bool> UnsubscribeAsync(long subscriptionId, ConsentEvent consent, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, tx) =>
        {
            var subscriberId = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
                UPDATE subscriptions SET status = 'unsubscribed', unsubscribed_ms = @at
                WHERE id = @subscriptionId AND status <> 'unsubscribed' RETURNING subscriber_id
                """, new { subscriptionId, at = Ms(consent.At) }, tx, cancellationToken: cancellationToken));
            if (subscriberId is not { } id) return false;
            // Digests of this subscription still queued must not go out after the reader left.
            await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE mail_outbox SET status = 'failed', last_error = 'unsubscribed'
                WHERE idempotency_key LIKE @prefix AND status IN ('pending', 'sending')
                """, new { prefix = $"digest:{subscriptionId}:%" }, tx, cancellationToken: cancellationToken));
            await InsertConsentAsync(connection, tx, id, consent with { SubscriptionId = subscriptionId }, cancellationToken);
            return true;
        }, cancellationToken);

    public Task<bool> ChangeFrequencyAsync(long subscriptionId, string frequency, DateTimeOffset nextDue, ConsentEvent consent, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, tx) =>
        {
            var subscriberId = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
                UPDATE subscriptions SET frequency = @frequency, next_due_ms = @due WHERE id = @subscriptionId AND status = 'active' RETURNING subscriber_id
                """, new { subscriptionId, frequency, due = Ms(nextDue) }, tx, cancellationToken: cancellationToken));
            if (subscriberId is not { } id) return false;
            await InsertConsentAsync(connection, tx, id, consent with { SubscriptionId = subscriptionId }, cancellationToken);
            return true;
        }, cancellationToken);

    public async Task<SubscriberExport?> ExportSubscriberAsync(long subscriberId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var subscriber = (await connection.QueryFirstOrDefaultAsync<SubscriberRow>(new CommandDefinition(
            $"SELECT {SubscriberRow.Columns} FROM subscribers WHERE id = @subscriberId", new { subscriberId }, cancellationToken: cancellationToken)))?.ToRecord();
        if (subscriber is null) return null;
        var subscriptions = (await connection.QueryAsync<SubscriptionRow>(new CommandDefinition(
            $"SELECT {SubscriptionRow.Columns} FROM subscriptions s WHERE s.subscriber_id = @subscriberId ORDER BY s.id",
            new { subscriberId }, cancellationToken: cancellationToken))).Select(r => r.ToRecord()).ToList();
        var consents = (await connection.QueryAsync<(string Action, long AtMs, string NoticeVersion, string? SourcePage, long? SubscriptionId)>(new CommandDefinition(
            "SELECT action, at_ms, notice_version, source_page, subscription_id FROM subscription_consents WHERE subscriber_id = @subscriberId ORDER BY id",
            new { subscriberId }, cancellationToken: cancellationToken)))
                .Select(SubscriptionMapping.Consent)
            .ToList();
        var messages = (await connection.QueryAsync<(string Kind, string Subject, string Status, long CreatedMs, long? SentMs, long Attempts)>(new CommandDefinition(
            "SELECT kind, subject, status, created_ms, sent_ms, attempts FROM mail_outbox WHERE subscriber_id = @subscriberId ORDER BY id",
            new { subscriberId }, cancellationToken: cancellationToken)))
            .Select(SubscriptionMapping.Entry)
            .ToList();
        return new SubscriberExport { Subscriber = subscriber, Subscriptions = subscriptions, Consents = consents, Messages = messages };
    }

    public Task<bool> DeleteSubscriberAsync(long subscriberId, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, tx) =>
        {
            // Explicit deletes rather than relying on ON DELETE CASCADE alone: nothing about the address may stay behind.
            await connection.ExecuteAsync(new CommandDefinition("""
                DELETE FROM mail_outbox WHERE subscriber_id = @subscriberId;
                DELETE FROM subscription_consents WHERE subscriber_id = @subscriberId;
                DELETE FROM subscriptions WHERE subscriber_id = @subscriberId;
                """, new { subscriberId }, tx, cancellationToken: cancellationToken));
            return await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM subscribers WHERE id = @subscriberId", new { subscriberId }, tx, cancellationToken: cancellationToken)) > 0;
        }, cancellationToken);

    public Task SuspendSubscriberAsync(long subscriberId, string reason, CancellationToken cancellationToken) =>
        WriteAsync((connection, tx) => SuspendAsync(connection, tx, subscriberId, reason, cancellationToken), cancellationToken);

    public Task<string> GetOrAddSecretAsync(string name, string candidate, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, tx) =>
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT OR IGNORE INTO app_secrets(name, value) VALUES (@name, @candidate)", new { name, candidate }, tx, cancellationToken: cancellationToken));
            return await connection.ExecuteScalarAsync<string>(new CommandDefinition(
                "SELECT value FROM app_secrets WHERE name = @name", new { name }, tx, cancellationToken: cancellationToken)) ?? candidate;
        }, cancellationToken);

    private async Task<int> SuspendAsync(SqliteConnection connection, SqliteTransaction tx, long subscriberId, string reason, CancellationToken cancellationToken)
    {
        var now = Ms(_time.GetUtcNow());
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE subscribers SET status = 'suspended', suspended_ms = @now, suspend_reason = @reason WHERE id = @subscriberId;
            UPDATE mail_outbox SET status = 'failed', last_error = 'subscriber suspended' WHERE subscriber_id = @subscriberId AND status = 'pending';
            """, new { subscriberId, now, reason = SubscriptionMapping.TruncateMailError(reason) }, tx, cancellationToken: cancellationToken));
        return 0;
    }

    private static async Task<SubscriptionRecord?> QuerySubscriptionAsync(SqliteConnection connection, SqliteTransaction? tx, string where, object args, CancellationToken cancellationToken) =>
        (await connection.QueryFirstOrDefaultAsync<SubscriptionRow>(new CommandDefinition(
            $"SELECT {SubscriptionRow.Columns} FROM subscriptions s WHERE {where}", args, tx, cancellationToken: cancellationToken)))?.ToRecord();

    private static Task InsertConsentAsync(SqliteConnection connection, SqliteTransaction tx, long subscriberId, ConsentEvent consent, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO subscription_consents(subscriber_id, subscription_id, action, notice_version, source_page, at_ms)
            VALUES (@subscriberId, @SubscriptionId, @Action, @NoticeVersion, @SourcePage, @at)
            """, new { subscriberId, consent.SubscriptionId, consent.Action, consent.NoticeVersion, consent.SourcePage, at = Ms(consent.At) }, tx,
            cancellationToken: cancellationToken));
}
