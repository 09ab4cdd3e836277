using Dapper;
using Storyline.Storage.Model;
using Storyline.Storage.Rows;

namespace Storyline.Storage.Sqlite;

public sealed partial class SqliteStore
{
    public Task<long> AddCommentModelsAsync(StoredCommentModels models, int keep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentOutOfRangeException.ThrowIfLessThan(keep, 1);
        return WriteAsync(async (connection, tx) =>
        {
            var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "INSERT INTO comment_models(spam, abuse, decisions, created_ms) VALUES (@spam, @abuse, @decisions, @now) RETURNING id",
                new { spam = models.Spam, abuse = models.Abuse, decisions = models.Decisions, now = Ms(_time.GetUtcNow()) }, tx,
                cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM comment_models WHERE id <= @id - @keep", new { id, keep }, tx, cancellationToken: cancellationToken));
            return id;
        }, cancellationToken);
    }

    public async Task<long?> LatestCommentModelsVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT MAX(id) FROM comment_models", cancellationToken: cancellationToken));
    }

    public async Task<StoredCommentModels?> LatestCommentModelsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<CommentModelsRow>(new CommandDefinition(
            $"SELECT {CommentModelsRow.Columns} FROM comment_models ORDER BY id DESC LIMIT 1", cancellationToken: cancellationToken));
        return row?.ToRecord();
    }
}
