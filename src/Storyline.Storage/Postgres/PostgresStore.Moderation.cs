using Dapper;
using Storyline.Storage.Model;
using Storyline.Storage.Rows;

namespace Storyline.Storage.Postgres;

public sealed partial class PostgresStore
{
    public Task<IReadOnlyList<CommentRecord>> ListCommentsByStatusAsync(CommentStatus status, int limit, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<CommentRecord>>(async connection =>
            (await connection.QueryAsync<CommentRow>(new CommandDefinition(
                $"SELECT {CommentRow.Columns} FROM comments WHERE status = @status ORDER BY id LIMIT @limit",
                new { status = status.ToString(), limit = Math.Clamp(limit, 1, 1000) }, cancellationToken: cancellationToken)))
            .Select(r => r.ToRecord()).ToList(), cancellationToken);

    public Task<bool> ModerateCommentAsync(long commentId, ModerationAction action, string moderator, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, tx) =>
        {
            var email = await connection.QueryFirstOrDefaultAsync<(long Id, string? Email)?>(new CommandDefinition(
                "SELECT id, email FROM comments WHERE id = @commentId FOR UPDATE", new { commentId }, tx, cancellationToken: cancellationToken));
            if (email is null) return false;
            var status = ModerationRules.StatusFor(action);
            var now = Ms(_time.GetUtcNow());
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE comments SET status = @status WHERE id = @commentId", new { status = status.ToString(), commentId }, tx, cancellationToken: cancellationToken));
            if (action == ModerationAction.Ban && !string.IsNullOrWhiteSpace(email.Value.Email))
            {
                var hash = ModerationRules.EmailHash(email.Value.Email);
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO banned_authors(email_hash, moderator, at_ms) VALUES (@hash, @moderator, @now) ON CONFLICT (email_hash) DO NOTHING",
                    new { hash, moderator, now }, tx, cancellationToken: cancellationToken));
                // A ban takes the author's other comments that still wait or show off the site as well.
                await connection.ExecuteAsync(new CommandDefinition(
                    "UPDATE comments SET status = 'Rejected' WHERE email = @email AND status IN ('Held', 'Published')",
                    new { email = email.Value.Email }, tx, cancellationToken: cancellationToken));
            }
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO moderation_log(comment_id, action, moderator, at_ms) VALUES (@commentId, @action, @moderator, @now)",
                new { commentId, action = action.ToString(), moderator, now }, tx, cancellationToken: cancellationToken));
            return true;
        }, cancellationToken);

    public Task<bool> IsAuthorBannedAsync(string email, CancellationToken cancellationToken) =>
        ReadAsync(async connection => await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM banned_authors WHERE email_hash = @hash", new { hash = ModerationRules.EmailHash(email) }, cancellationToken: cancellationToken)) > 0, cancellationToken);

    public Task<IReadOnlyList<ModerationLogEntry>> GetModerationLogAsync(int limit, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<ModerationLogEntry>>(async connection =>
        {
            var rows = await connection.QueryAsync<(long Id, long CommentId, string Action, string Moderator, long AtMs)>(new CommandDefinition(
                "SELECT id, comment_id, action, moderator, at_ms FROM moderation_log ORDER BY id DESC LIMIT @limit",
                new { limit = Math.Clamp(limit, 1, 1000) }, cancellationToken: cancellationToken));
            return rows.Select(ModerationRules.LogEntry).ToList();
        }, cancellationToken);
}
