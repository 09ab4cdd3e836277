using System.Globalization;
using System.Text;
using Dapper;
using Storyline.Storage.Model;
using Storyline.Storage.Rows;

namespace Storyline.Storage.Postgres;

public sealed partial class PostgresStore
{
    /// <summary>Characters of an article indexed for search: a tsvector holds at most 1 MB, and no article needs more.</summary>
    private const int MaxIndexedChars = 200_000;

    private static readonly string TitleHeadline = $"StartSel=\"{SearchHit.MarkStart}\", StopSel=\"{SearchHit.MarkEnd}\", HighlightAll=true";

    private static readonly string SnippetHeadline = $"StartSel=\"{SearchHit.MarkStart}\", StopSel=\"{SearchHit.MarkEnd}\", MaxWords=24, MinWords=12, ShortWord=0";

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var tsquery = ToTsQuery(query.Text);
        if (tsquery is null) return [];
        // Title lexemes carry weight A, text B; ts_rank's {D, C, B, A} weights make a title match count five times a
        // text match, as bm25(5, 1) does on SQLite. ts_headline runs only on the page of hits, not on every match.
        var rows = await ReadAsync(async connection => await connection.QueryAsync<SearchRow>(new CommandDefinition("""
            WITH q AS (SELECT to_tsquery('simple', @tsquery) AS query),
            hits AS (
                SELECT a.id, a.story_id, a.title, a.source, a.published_ms, a.text, ts_rank('{0.1, 0.1, 0.2, 1.0}', a.search, q.query) AS score
                FROM articles a, q
                WHERE a.search @@ q.query
                ORDER BY score DESC, a.published_ms DESC, a.id
                LIMIT @limit OFFSET @offset)
            SELECT h.id AS ArticleId, h.story_id AS StoryId, h.title AS Title, h.source AS Source, h.published_ms AS PublishedMs, h.text AS Text,
                   ts_headline('simple', h.title, q.query, @titleOptions) AS TitleMarked,
                   ts_headline('simple', h.text, q.query, @snippetOptions) AS Snippet
            FROM hits h, q
            ORDER BY h.score DESC, h.published_ms DESC, h.id
            """, new
        {
            tsquery, limit = Math.Clamp(query.Limit, 1, 100), offset = Math.Max(0, query.Offset), titleOptions = TitleHeadline, snippetOptions = SnippetHeadline,
        }, cancellationToken: cancellationToken)), cancellationToken);
        return rows.Select(r => r.ToHit(WithEllipses(r.Snippet ?? "", r.Text))).ToList();
    }

    /// <summary>
    /// Turns reader words into a tsquery that cannot carry syntax: every word becomes a quoted lexeme, the words are
    /// ANDed, the last one matches as a prefix (typing "harb" finds "harbour", as on SQLite). websearch_to_tsquery has
    /// no prefix form, hence the hand-built query. Null when nothing is left.
    /// </summary>
    internal static string? ToTsQuery(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var terms = SearchTerms.Split(SearchText(text));
        if (terms.Count == 0) return null;
        var quoted = terms.Select(t => "'" + t.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'").ToList();
        quoted[^1] += ":*";
        return string.Join(" & ", quoted);
    }

    /// <summary>What is indexed and searched: lower case without diacritics (SQLite's unicode61 remove_diacritics), bounded.</summary>
    private static string SearchText(string text)
    {
        var bounded = text.Length > MaxIndexedChars ? text[..MaxIndexedChars] : text;
        var decomposed = bounded.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(c);
        return folded.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }

    /// <summary>Marks a snippet cut out of the middle of the text with "…" at the cut ends, like FTS5's snippet().</summary>
    private static string WithEllipses(string snippet, string text)
    {
        var plain = snippet.Replace(SearchHit.MarkStart.ToString(), "", StringComparison.Ordinal).Replace(SearchHit.MarkEnd.ToString(), "", StringComparison.Ordinal).Trim();
        if (plain.Length == 0) return snippet;
        var start = text.IndexOf(plain, StringComparison.Ordinal);
        if (start < 0) return snippet;
        var head = text[..start].Trim().Length > 0 ? "…" : "";
        var tail = text[(start + plain.Length)..].Trim().Length > 0 ? "…" : "";
        return head + snippet.Trim() + tail;
    }
}
