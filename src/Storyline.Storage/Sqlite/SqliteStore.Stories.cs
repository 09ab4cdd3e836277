using Dapper;
using Microsoft.Data.Sqlite;
using Storyline.Core.Clustering;
using Storyline.Storage.Model;
using Storyline.Storage.Rows;

namespace Storyline.Storage.Sqlite;

public sealed partial class SqliteStore
{
    public async Task<IReadOnlyList<StorySummary>> ListStoriesAsync(StoryListQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
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
            $"SELECT {ArticleRow.Columns} FROM articles WHERE story_id IN @ids ORDER BY published_ms, id",
            new { ids = stories.Select(s => s.Id).ToArray() }, cancellationToken: cancellationToken)))
            .Select(r => r.ToRecord(includeAnalysis: false)).ToLookup(a => a.StoryId);
        return StorySummaries.Build(stories, articles);
    }

    public async Task<StoryDetail?> GetStoryAsync(long storyId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
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
    }

    public async Task<IReadOnlyList<(ClusterDocument Document, long StoryId)>> LoadWindowAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ArticleRow>(new CommandDefinition(
            $"SELECT {ArticleRow.Columns} FROM articles WHERE published_ms >= @since ORDER BY published_ms, id", new { since = Ms(since) }, cancellationToken: cancellationToken));
        return rows.Select(r => ArticleDocuments.ForRecord(r.ToRecord(includeAnalysis: true))).ToList();
    }
}
