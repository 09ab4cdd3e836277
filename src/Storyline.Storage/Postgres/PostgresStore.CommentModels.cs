using Dapper;
using Storyline.Storage.Model;
using Storyline.Storage.Rows;

namespace Storyline.Storage.Postgres;

public sealed partial class PostgresStore
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
                CommentModelsRow.PruneSql, new { id, keep = (long)keep }, tx, cancellationToken: cancellationToken));
            return id;
        }, cancellationToken);
    }

    public Task<long?> LatestCommentModelsVersionAsync(CancellationToken cancellationToken) =>
        ReadAsync(connection => connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            CommentModelsRow.LatestVersionSql, cancellationToken: cancellationToken)), cancellationToken);

    public Task<StoredCommentModels?> LatestCommentModelsAsync(CancellationToken cancellationToken) =>
        ReadAsync(async connection => (await connection.QuerySingleOrDefaultAsync<CommentModelsRow>(new CommandDefinition(
            CommentModelsRow.LatestSql, cancellationToken: cancellationToken)))?.ToRecord(),
            cancellationToken);
}
