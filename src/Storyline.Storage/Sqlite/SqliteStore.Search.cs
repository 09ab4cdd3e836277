using Dapper;
using Storyline.Storage.Model;
using Storyline.Storage.Rows;

namespace Storyline.Storage.Sqlite;

public sealed partial class SqliteStore
{
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var match = ToFtsMatch(query.Text);
        if (match is null) return [];
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SearchRow>(new CommandDefinition("""
            SELECT a.id AS ArticleId, a.story_id AS StoryId, a.title AS Title, a.source AS Source, a.published_ms AS PublishedMs,
                   highlight(articles_fts, 0, char(57344), char(57345)) AS TitleMarked,
                   snippet(articles_fts, 1, char(57344), char(57345), '…', 24) AS Snippet
            FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
            WHERE articles_fts MATCH @match
            ORDER BY bm25(articles_fts, 5.0, 1.0), a.published_ms DESC
            LIMIT @limit OFFSET @offset
            """, new { match, limit = Math.Clamp(query.Limit, 1, 100), offset = Math.Max(0, query.Offset) }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToHit(r.Snippet ?? "")).ToList();
    }

    /// <summary>
    /// Turns reader words into an FTS5 query that cannot carry syntax: every word becomes a quoted string
    /// (inner quotes doubled), the words are ANDed, the last one matches as a prefix. Null when nothing is left.
    /// </summary>
    internal static string? ToFtsMatch(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var terms = SearchTerms.Split(text);
        if (terms.Count == 0) return null;
        var quoted = terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"").ToList();
        quoted[^1] += "*";
        return string.Join(' ', quoted);
    }
}
