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
                CommentModelsRow.InsertSql, CommentModelsRow.InsertParameters(models, Ms(_time.GetUtcNow())), tx, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                CommentModelsRow.PruneSql, new { id, keep }, tx, cancellationToken: cancellationToken));
            return id;
        }, cancellationToken);
    }

    public async Task<long?> LatestCommentModelsVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            CommentModelsRow.LatestVersionSql, cancellationToken: cancellationToken));
    }

    public async Task<StoredCommentModels?> LatestCommentModelsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<CommentModelsRow>(new CommandDefinition(
            CommentModelsRow.LatestSql, cancellationToken: cancellationToken));
        return row?.ToRecord();
    }
}
