using Dapper;
using Storyline.Storage.Model;

namespace Storyline.Storage.Sqlite;

public sealed partial class SqliteStore
{
    public Task<AuthorEditOutcome> EditCommentByAuthorAsync(long commentId, string tokenHash, string? newText, DateTimeOffset createdAfter,
        CancellationToken cancellationToken) =>
        WriteAsync(async (connection, tx) =>
        {
            var row = await connection.QueryFirstOrDefaultAsync<(string? Hash, long CreatedMs, string Status)?>(new CommandDefinition(
                "SELECT edit_token_hash, created_ms, status FROM comments WHERE id = @commentId", new { commentId }, tx, cancellationToken: cancellationToken));
            if (row is not { } found || found.Status == nameof(CommentStatus.Deleted)) return AuthorEditOutcome.NotFound;
            if (found.Hash is null || !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                    System.Text.Encoding.ASCII.GetBytes(found.Hash), System.Text.Encoding.ASCII.GetBytes(tokenHash)))
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

    public async Task<int> CountApprovedCommentsAsync(string email, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM comments WHERE email = @email COLLATE NOCASE AND status = 'Published'", new { email = email.Trim() }, cancellationToken: cancellationToken));
    }
}
