using System.Data.Common;
using Dapper;

namespace Storyline.Storage.Rows;

/// <summary>The recomputed headline, outlet count and rank of a story, and the refresh both stores run after every change.</summary>
internal sealed class StoryRefresh
{
    /// <summary>
    /// Recomputes a story's counts, time span, representative headline and rank inside the caller's transaction. The SQL
    /// is the same on SQLite and PostgreSQL. Aggregates come from the story index; the headline is chosen among the latest
    /// <see cref="RepresentativeHeadline.Candidates"/> distinct articles, so refreshing a story of thousands of articles
    /// reads a bounded number of rows instead of all of them on every ingest.
    /// </summary>
    public static async Task RunAsync(DbConnection connection, DbTransaction tx, long storyId, CancellationToken cancellationToken)
    {
        var totals = await connection.QueryFirstAsync<(long Count, long? First, long? Last)>(new CommandDefinition(
            "SELECT COUNT(*), MIN(published_ms), MAX(published_ms) FROM articles WHERE story_id = @storyId",
            new { storyId }, tx, cancellationToken: cancellationToken));
        if (totals.Count == 0 || totals.First is not { } first || totals.Last is not { } last) return;
        var outlets = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT source FROM articles WHERE story_id = @storyId", new { storyId }, tx, cancellationToken: cancellationToken));
        // The latest distinct (not syndicated-copy) titles, oldest first; a story of copies only keeps its first title.
        var titles = (await connection.QueryAsync<string>(new CommandDefinition("""
            SELECT title FROM articles WHERE story_id = @storyId AND duplicate_of IS NULL
            ORDER BY published_ms DESC, id DESC LIMIT @limit
            """, new { storyId, limit = RepresentativeHeadline.Candidates }, tx, cancellationToken: cancellationToken))).Reverse().ToList();
        if (titles.Count == 0)
            titles.Add(await connection.QueryFirstAsync<string>(new CommandDefinition(
                "SELECT title FROM articles WHERE story_id = @storyId ORDER BY published_ms, id LIMIT 1", new { storyId }, tx, cancellationToken: cancellationToken)));
        var refresh = Compute(totals.Count, last, outlets, titles);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE stories SET title = @title, article_count = @count, source_count = @sources,
                first_published_ms = @first, last_published_ms = @last, rank = @rank WHERE id = @storyId
            """, new { storyId, title = refresh.Title, count = totals.Count, sources = (long)refresh.Sources, first, last, rank = refresh.Rank },
            tx, cancellationToken: cancellationToken));
    }

    public required string Title { get; init; }
    public required int Sources { get; init; }
    public required double Rank { get; init; }

    /// <param name="count">Articles in the story.</param>
    /// <param name="lastMs">Newest publication time.</param>
    /// <param name="outlets">The story's distinct sources as the database spells them.</param>
    /// <param name="titles">Candidate headlines, oldest first.</param>
    public static StoryRefresh Compute(long count, long lastMs, IEnumerable<string> outlets, IReadOnlyList<string> titles)
    {
        // Outlets differ in case across feeds ("BBC" / "bbc"); the database DISTINCT is case-sensitive, the count is not.
        var sources = outlets.Distinct(StringComparer.OrdinalIgnoreCase).Count();
        return new StoryRefresh
        {
            Title = RepresentativeHeadline.Choose(titles),
            Sources = sources,
            Rank = StoryRank.Compute(sources, (int)count, DateTimeOffset.FromUnixTimeMilliseconds(lastMs)),
        };
    }
}
