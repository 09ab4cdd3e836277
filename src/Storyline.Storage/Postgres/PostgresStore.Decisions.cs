using Dapper;
using Storyline.Storage.Model;
using Storyline.Storage.Rows;

namespace Storyline.Storage.Postgres;

public sealed partial class PostgresStore
{
    /// <summary>Most decisions read for one retraining.</summary>
    private const int MaxDecisionsRead = 200_000;

    public Task<IReadOnlyList<ModeratorDecisionRecord>> ListModeratorDecisionsAsync(int limit, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<ModeratorDecisionRecord>>(async connection =>
        {
            var rows = await connection.QueryAsync<DecisionRow>(new CommandDefinition(DecisionSql.Latest,
                new { limit = Math.Clamp(limit, 1, MaxDecisionsRead) }, cancellationToken: cancellationToken));
            return rows.Select(r => r.ToRecord(FromMs(r.AtMs))).ToList();
        }, cancellationToken);
}
