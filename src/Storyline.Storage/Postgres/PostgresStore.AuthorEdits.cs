using System.Security.Cryptography;
using System.Text;
using Dapper;
using Storyline.Storage.Model;

namespace Storyline.Storage.Postgres;

public sealed partial class PostgresStore
{
    public Task<AuthorEditOutcome> EditCommentByAuthorAsync(long commentId, string tokenHash, string? newText, DateTimeOffset createdAfter,
        CancellationToken cancellationToken) =>
        WriteAsync(async (connection, tx) =>
        {
            // FOR UPDATE: an operator's decision or a second edit from another node waits instead of interleaving.
            var row = await connection.QueryFirstOrDefaultAsync<(string? Hash, long CreatedMs, string Status)?>(new CommandDefinition(
                "SELECT edit_token_hash, created_ms, status FROM comments WHERE id = @commentId FOR UPDATE", new { commentId }, tx, cancellationToken: cancellationToken));
            if (row is not { } found || found.Status == nameof(CommentStatus.Deleted)) return AuthorEditOutcome.NotFound;
            if (found.Hash is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(found.Hash), Encoding.ASCII.GetBytes(tokenHash)))
                return AuthorEditOutcome.Forbidden;
            if (found.CreatedMs < Ms(createdAfter)) return AuthorEditOutcome.Expired;
            if (newText is null)
            {
                // The row stays so replies keep their parent; the text and the address go.
                await connection.ExecuteAsync(new CommandDefinition(
                    "UPDATE comments SET status = 'Deleted', text = '', email = NULL WHERE id = @commentId", new { commentId }, tx, cancellationToken: cancellationToken));
                return AuthorEditOutcome.Deleted;
            }
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE comments SET text = @newText WHERE id = @commentId", new { commentId, newText }, tx, cancellationToken: cancellationToken));
            return AuthorEditOutcome.Updated;
        }, cancellationToken);

    public Task<int> CountApprovedCommentsAsync(string email, CancellationToken cancellationToken) =>
        ReadAsync(async connection => (int)await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM comments WHERE lower(email) = lower(@email) AND status = 'Published'", new { email = email.Trim() },
            cancellationToken: cancellationToken)), cancellationToken);
}
