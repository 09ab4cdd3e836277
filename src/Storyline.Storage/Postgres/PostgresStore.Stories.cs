using Dapper;
using Storyline.Core.Clustering;
using Storyline.Storage.Model;
using Storyline.Storage.Rows;

namespace Storyline.Storage.Postgres;

public sealed partial class PostgresStore
{
    public Task<IReadOnlyList<StorySummary>> ListStoriesAsync(StoryListQuery query, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<StorySummary>>(async connection =>
        {
            var filter = string.IsNullOrWhiteSpace(query.Filter) ? null : query.Filter.Trim().ToLowerInvariant();
            var stories = (await connection.QueryAsync<StoryRow>(new CommandDefinition($"""
                SELECT s.id AS Id, s.title AS Title, s.article_count AS ArticleCount, s.first_published_ms AS FirstMs, s.last_published_ms AS LastMs,
                       s.rank AS Rank,
                       (SELECT COUNT(*) FROM comments c WHERE c.story_id = s.id AND c.status = 'Published') AS CommentCount
                FROM stories s
                WHERE s.article_count > 0 {(filter is null ? "" : "AND EXISTS (SELECT 1 FROM story_tags t WHERE t.story_id = s.id AND t.tag = @filter)")}
                ORDER BY s.rank DESC, s.id DESC
                LIMIT @limit OFFSET @offset
                """, new { filter, limit = Math.Clamp(query.Limit, 1, 1000), offset = Math.Max(0, query.Offset) }, cancellationToken: cancellationToken))).ToList();
            if (stories.Count == 0) return [];
            var articles = (await connection.QueryAsync<ArticleRow>(new CommandDefinition(
                $"SELECT {ArticleRow.Columns} FROM articles WHERE story_id = ANY(@ids) ORDER BY published_ms, id",
                new { ids = stories.Select(s => s.Id).ToArray() }, cancellationToken: cancellationToken)))
                .Select(r => r.ToRecord(includeAnalysis: false)).ToLookup(a => a.StoryId);
            return StorySummaries.Build(stories, articles);
        }, cancellationToken);

    public Task<StoryDetail?> GetStoryAsync(long storyId, CancellationToken cancellationToken) =>
        ReadAsync(async connection =>
        {
            var title = await connection.QueryFirstOrDefaultAsync<string>(new CommandDefinition(
                "SELECT title FROM stories WHERE id = @storyId AND article_count > 0", new { storyId }, cancellationToken: cancellationToken));
            if (title is null) return null;
            var articles = (await connection.QueryAsync<ArticleRow>(new CommandDefinition(
                $"SELECT {ArticleRow.Columns} FROM articles WHERE story_id = @storyId ORDER BY published_ms, id", new { storyId }, cancellationToken: cancellationToken)))
                .Select(r => r.ToRecord(includeAnalysis: true)).ToList();
            return new StoryDetail
            {
                Id = storyId,
                Title = title,
                Articles = articles,
                CommentsDeclared = articles.Sum(a => a.CommentsDeclared ?? 0),
            };
        }, cancellationToken);

    public Task<IReadOnlyList<(ClusterDocument Document, long StoryId)>> LoadWindowAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<(ClusterDocument Document, long StoryId)>>(async connection =>
        {
            // One snapshot for the rows and the mark, so catch-up later starts exactly where this load ended.
            await using var tx = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
            var mark = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COALESCE(MAX(id), 0) FROM articles", transaction: tx, cancellationToken: cancellationToken));
            var rows = await connection.QueryAsync<ArticleRow>(new CommandDefinition(
                $"SELECT {ArticleRow.Columns} FROM articles WHERE published_ms >= @since ORDER BY published_ms, id", new { since = Ms(since) }, tx, cancellationToken: cancellationToken));
            var window = rows.Select(r => ArticleDocuments.ForRecord(r.ToRecord(includeAnalysis: true))).ToList();
            await tx.CommitAsync(cancellationToken);
            _windowMark = mark;
            return window;
        }, cancellationToken);
}
