using Dapper;
using Storyline.Storage.Model;
using Storyline.Storage.Rows;

namespace Storyline.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <summary>Most decisions read for one retraining.</summary>
    private const int MaxDecisionsRead = 200_000;

    public async Task<IReadOnlyList<ModeratorDecisionRecord>> ListModeratorDecisionsAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DecisionRow>(new CommandDefinition(DecisionSql.Latest,
            new { limit = Math.Clamp(limit, 1, MaxDecisionsRead) }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord(FromMs(r.AtMs))).ToList();
    }
}
