using System.Runtime.CompilerServices;
using Dapper;
using Npgsql;
using Storyline.Core.Clustering;
using Storyline.Storage.Model;
using Storyline.Storage.Rows;

namespace Storyline.Storage.Postgres;

public sealed partial class PostgresStore
{
    /// <summary>The in-memory clusterer is not thread-safe: one assignment at a time in this process.</summary>
    private readonly SemaphoreSlim _ingest = new(1, 1);

    /// <summary>Per clusterer: the highest article id it has seen, so it can catch up with what other processes stored.</summary>
    private readonly ConditionalWeakTable<IStoryClusterer, StrongBox<long>> _seen = [];

    /// <summary>Highest article id when <see cref="LoadWindowAsync"/> last ran: where a warm-started clusterer stands.</summary>
    private long? _windowMark;

    public async Task<IngestResult> IngestAsync(ArticleDraft draft, IStoryClusterer clusterer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(clusterer);
        await _ingest.WaitAsync(cancellationToken);
        // Once the clusterer has seen the article, repeating the transaction would show it the article twice.
        var assigned = false;
        try
        {
            return await WriteAsync<IngestResult>(async (connection, tx) =>
            {
                // One assignment at a time across every process on this database: a second process sees the first one's
                // article (duplicate check) and story (catch-up below) before it decides, so it neither duplicates nor splits.
                await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@key)", new { key = _ingestLock }, tx, cancellationToken: cancellationToken));
                if (await FindDuplicateAsync(connection, tx, draft, cancellationToken) is { } found) return found;
                var seen = await CatchUpAsync(connection, tx, clusterer, cancellationToken);

                var now = _time.GetUtcNow();
                var articleId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    "SELECT nextval(pg_get_serial_sequence('articles', 'id'))", transaction: tx, cancellationToken: cancellationToken));
                var document = ArticleDocuments.ForDraft(articleId, draft);
                assigned = true;
                var assignment = clusterer.Assign(document, () => connection.ExecuteScalar<long>(
                    "INSERT INTO stories(title, created_ms, first_published_ms, last_published_ms) VALUES (@title, @now, @p, @p) RETURNING id",
                    new { title = draft.Title, now = Ms(now), p = Ms(draft.Published) }, tx));
                var storyId = await EnsureStoryAsync(connection, tx, assignment.StoryId, draft, now, cancellationToken);
                long? duplicateOf = long.TryParse(assignment.DuplicateOf, out var dup) ? dup : null;

                var inserted = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
                    INSERT INTO articles(id, story_id, origin, url, canonical_url, title, subtitle, source, byline, published_ms, language,
                        source_link, text, fingerprint, duplicate_of, comments_declared, topics_json, analysis_json, ingested_ms, search)
                    VALUES (@id, @storyId, @Origin, @Url, @CanonicalUrl, @Title, @Subtitle, @Source, @Byline, @published, @Language,
                        @SourceLink, @Text, @Fingerprint, @duplicateOf, @declared, @topics, @analysis, @now,
                        setweight(to_tsvector('simple', @searchTitle), 'A') || setweight(to_tsvector('simple', @searchText), 'B'))
                    ON CONFLICT DO NOTHING
                    RETURNING id
                    """, new
                {
                    id = articleId, storyId, draft.Origin, draft.Url, draft.CanonicalUrl, draft.Title, draft.Subtitle, draft.Source, draft.Byline,
                    published = Ms(draft.Published), draft.Language, draft.SourceLink, draft.Text, draft.Fingerprint, duplicateOf,
                    declared = (long?)draft.Comments.Declared,
                    topics = ArticleRow.TopicsJsonOf(draft),
                    analysis = ArticleRow.AnalysisJsonOf(draft),
                    now = Ms(now),
                    searchTitle = SearchText(draft.Title),
                    searchText = SearchText(draft.Text),
                }, tx, cancellationToken: cancellationToken));
                // Only a writer that skipped the advisory lock could get here; roll back and report what is stored.
                if (inserted is null) throw new DuplicateRaceException();

                foreach (var merged in assignment.MergedStoryIds)
                {
                    var from = await ResolveStoryAsync(connection, tx, merged, cancellationToken);
                    if (from != storyId) await MergeStoryAsync(connection, tx, from, storyId, cancellationToken);
                }

                var tags = StoryTags.From(draft);
                if (tags.Length > 0)
                    await connection.ExecuteAsync(new CommandDefinition(
                        "INSERT INTO story_tags(story_id, tag) SELECT @storyId, unnest(@tags) ON CONFLICT DO NOTHING", new { storyId, tags }, tx, cancellationToken: cancellationToken));

                var comments = await InsertEmbeddedCommentsAsync(connection, tx, storyId, articleId, draft, now, cancellationToken);
                await StoryRefresh.RunAsync(connection, tx, storyId, cancellationToken);
                seen.Value = articleId;
                return new IngestResult.Stored(articleId, storyId, assignment.IsNewStory, comments);
            }, () => !assigned, cancellationToken);
        }
        catch (DuplicateRaceException)
        {
            return await ReadAsync(async connection => await FindDuplicateAsync(connection, null, draft, cancellationToken), cancellationToken)
                ?? throw new StoreException("the article clashed with another one being stored at the same moment; try again");
        }
        finally
        {
            _ingest.Release();
        }
    }

    private static async Task<IngestResult.Duplicate?> FindDuplicateAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, ArticleDraft draft, CancellationToken cancellationToken)
    {
        var existing = await connection.QueryFirstOrDefaultAsync<(long Id, long StoryId)?>(new CommandDefinition("""
            SELECT id, story_id FROM articles WHERE fingerprint = @fp
            UNION ALL
            SELECT id, story_id FROM articles WHERE @url::text IS NOT NULL AND canonical_url = @url
            LIMIT 1
            """, new { fp = draft.Fingerprint, url = draft.CanonicalUrl }, tx, cancellationToken: cancellationToken));
        return existing is { } found ? new IngestResult.Duplicate(found.Id, found.StoryId) : null;
    }

    /// <summary>
    /// Restores into <paramref name="clusterer"/> the articles other processes stored since it last looked. Under the
    /// ingest lock ids are taken and committed in order, so "id above the mark" is exactly what it has not seen.
    /// </summary>
    private async Task<StrongBox<long>> CatchUpAsync(NpgsqlConnection connection, NpgsqlTransaction tx, IStoryClusterer clusterer, CancellationToken cancellationToken)
    {
        if (!_seen.TryGetValue(clusterer, out var seen))
        {
            // A clusterer this store never warmed knows nothing of the past, like one on SQLite: start from now.
            var mark = _windowMark ?? await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COALESCE(MAX(id), 0) FROM articles", transaction: tx, cancellationToken: cancellationToken));
            seen = new StrongBox<long>(mark);
            _seen.AddOrUpdate(clusterer, seen);
        }
        var rows = await connection.QueryAsync<ArticleRow>(new CommandDefinition(
            $"SELECT {ArticleRow.Columns} FROM articles WHERE id > @mark ORDER BY id", new { mark = seen.Value }, tx, cancellationToken: cancellationToken));
        foreach (var row in rows)
        {
            var (document, storyId) = ArticleDocuments.ForRecord(row.ToRecord(includeAnalysis: true));
            clusterer.Restore(document, storyId);
            seen.Value = Math.Max(seen.Value, row.Id);
        }
        return seen;
    }

    /// <summary>The live story for <paramref name="storyId"/>: itself, the story it was merged into, or recreated.</summary>
    private static async Task<long> EnsureStoryAsync(NpgsqlConnection connection, NpgsqlTransaction tx, long storyId, ArticleDraft draft, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var live = await ResolveStoryAsync(connection, tx, storyId, cancellationToken);
        if (live != storyId) return live;
        // A clusterer restored from an older database may name a story id that no longer exists: recreate it.
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO stories(id, title, created_ms, first_published_ms, last_published_ms) VALUES (@storyId, @title, @now, @p, @p) ON CONFLICT (id) DO NOTHING",
            new { storyId, title = draft.Title, now = Ms(now), p = Ms(draft.Published) }, tx, cancellationToken: cancellationToken));
        return storyId;
    }

    private static async Task<long> ResolveStoryAsync(NpgsqlConnection connection, NpgsqlTransaction tx, long storyId, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT into_id FROM story_redirects WHERE from_id = @storyId", new { storyId }, tx, cancellationToken: cancellationToken)) ?? storyId;

    private static async Task MergeStoryAsync(NpgsqlConnection connection, NpgsqlTransaction tx, long from, long into, CancellationToken cancellationToken)
    {
        // Locking the story first makes a comment being posted to it (which holds a key-share lock) finish before we move comments.
        await connection.ExecuteAsync(new CommandDefinition("""
            SELECT id FROM stories WHERE id = @from FOR UPDATE;
            UPDATE articles SET story_id = @into WHERE story_id = @from;
            UPDATE comments SET story_id = @into WHERE story_id = @from;
            INSERT INTO story_tags(story_id, tag) SELECT @into, tag FROM story_tags WHERE story_id = @from ON CONFLICT DO NOTHING;
            DELETE FROM story_tags WHERE story_id = @from;
            UPDATE story_redirects SET into_id = @into WHERE into_id = @from;
            INSERT INTO story_redirects(from_id, into_id) VALUES (@from, @into) ON CONFLICT (from_id) DO UPDATE SET into_id = @into;
            DELETE FROM stories WHERE id = @from;
            """, new { from, into }, tx, cancellationToken: cancellationToken));
    }

    private static async Task<int> InsertEmbeddedCommentsAsync(NpgsqlConnection connection, NpgsqlTransaction tx, long storyId, long articleId,
        ArticleDraft draft, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var comment in draft.Comments.Items)
        {
            var parent = CommentThreads.EmbeddedParent(comment, ids);
            var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
                INSERT INTO comments(story_id, article_id, parent_id, external_id, author, text, status, created_ms)
                VALUES (@storyId, @articleId, @parent, @external, @author, @text, 'Published', @created) RETURNING id
                """, new
            {
                storyId, articleId, parent, external = CommentThreads.EmbeddedExternalId(articleId, comment), author = comment.Author ?? CommentThreads.AnonymousAuthor, text = comment.Text,
                created = Ms(comment.Published ?? now),
            }, tx, cancellationToken: cancellationToken));
            ids[comment.Id] = id;
        }
        return ids.Count;
    }

    /// <summary>Thrown inside the ingest transaction to roll it back when a unique index caught a concurrent copy.</summary>
    private sealed class DuplicateRaceException : Exception;
}
