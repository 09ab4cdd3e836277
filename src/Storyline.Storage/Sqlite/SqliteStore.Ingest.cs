using Dapper;
using Microsoft.Data.Sqlite;
using Storyline.Core.Clustering;
using Storyline.Storage.Model;
using Storyline.Storage.Rows;

namespace Storyline.Storage.Sqlite;

public sealed partial class SqliteStore
{
    public Task<IngestResult> IngestAsync(ArticleDraft draft, IStoryClusterer clusterer, CancellationToken cancellationToken) =>
        WriteAsync<IngestResult>(async (connection, tx) =>
        {
            var existing = await connection.QueryFirstOrDefaultAsync<(long Id, long StoryId)?>(new CommandDefinition(
                "SELECT id, story_id FROM articles WHERE fingerprint = @fp OR (@url IS NOT NULL AND canonical_url = @url) LIMIT 1",
                new { fp = draft.Fingerprint, url = draft.CanonicalUrl }, tx, cancellationToken: cancellationToken));
            if (existing is { } found) return new IngestResult.Duplicate(found.Id, found.StoryId);

            var now = _time.GetUtcNow();
            var articleId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COALESCE(MAX(id), 0) + 1 FROM articles", transaction: tx, cancellationToken: cancellationToken));
            var document = ArticleDocuments.ForDraft(articleId, draft);
            var assignment = clusterer.Assign(document, () => connection.ExecuteScalar<long>(
                "INSERT INTO stories(title, created_ms, first_published_ms, last_published_ms) VALUES (@title, @now, @p, @p) RETURNING id",
                new { title = draft.Title, now = Ms(now), p = Ms(draft.Published) }, tx));
            var storyId = await EnsureStoryAsync(connection, tx, assignment.StoryId, draft, now, cancellationToken);
            long? duplicateOf = long.TryParse(assignment.DuplicateOf, out var dup) ? dup : null;

            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO articles(id, story_id, origin, url, canonical_url, title, subtitle, source, byline, published_ms, language,
                    source_link, text, fingerprint, duplicate_of, comments_declared, topics_json, analysis_json, ingested_ms)
                VALUES (@id, @storyId, @Origin, @Url, @CanonicalUrl, @Title, @Subtitle, @Source, @Byline, @published, @Language,
                    @SourceLink, @Text, @Fingerprint, @duplicateOf, @declared, @topics, @analysis, @now);
                INSERT INTO articles_fts(rowid, title, text) VALUES (@id, @Title, @Text);
                """, new
            {
                id = articleId, storyId, draft.Origin, draft.Url, draft.CanonicalUrl, draft.Title, draft.Subtitle, draft.Source, draft.Byline,
                published = Ms(draft.Published), draft.Language, draft.SourceLink, draft.Text, draft.Fingerprint, duplicateOf,
                declared = draft.Comments.Declared,
                topics = ArticleRow.TopicsJsonOf(draft),
                analysis = ArticleRow.AnalysisJsonOf(draft),
                now = Ms(now),
            }, tx, cancellationToken: cancellationToken));

            foreach (var merged in assignment.MergedStoryIds)
            {
                var from = await ResolveStoryAsync(connection, tx, merged, cancellationToken);
                if (from != storyId) await MergeStoryAsync(connection, tx, from, storyId, cancellationToken);
            }

            foreach (var tag in StoryTags.From(draft))
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT OR IGNORE INTO story_tags(story_id, tag) VALUES (@storyId, @tag)", new { storyId, tag }, tx, cancellationToken: cancellationToken));

            var comments = await InsertEmbeddedCommentsAsync(connection, tx, storyId, articleId, draft, now, cancellationToken);
            await StoryRefresh.RunAsync(connection, tx, storyId, cancellationToken);
            return new IngestResult.Stored(articleId, storyId, assignment.IsNewStory, comments);
        }, cancellationToken);

    /// <summary>The live story for <paramref name="storyId"/>: itself, the story it was merged into, or recreated.</summary>
    private static async Task<long> EnsureStoryAsync(SqliteConnection connection, SqliteTransaction tx, long storyId, ArticleDraft draft, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var live = await ResolveStoryAsync(connection, tx, storyId, cancellationToken);
        if (live != storyId) return live;
        // A clusterer restored from an older database may name a story id that no longer exists: recreate it.
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT OR IGNORE INTO stories(id, title, created_ms, first_published_ms, last_published_ms) VALUES (@storyId, @title, @now, @p, @p)",
            new { storyId, title = draft.Title, now = Ms(now), p = Ms(draft.Published) }, tx, cancellationToken: cancellationToken));
        return storyId;
    }

    /// <summary>The story <paramref name="storyId"/> became (redirects are kept flat), or itself.</summary>
    private static async Task<long> ResolveStoryAsync(SqliteConnection connection, SqliteTransaction tx, long storyId, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT into_id FROM story_redirects WHERE from_id = @storyId", new { storyId }, tx, cancellationToken: cancellationToken)) ?? storyId;

    private static async Task MergeStoryAsync(SqliteConnection connection, SqliteTransaction tx, long from, long into, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE articles SET story_id = @into WHERE story_id = @from;
            UPDATE comments SET story_id = @into WHERE story_id = @from;
            INSERT OR IGNORE INTO story_tags(story_id, tag) SELECT @into, tag FROM story_tags WHERE story_id = @from;
            DELETE FROM story_tags WHERE story_id = @from;
            UPDATE story_redirects SET into_id = @into WHERE into_id = @from;
            INSERT INTO story_redirects(from_id, into_id) VALUES (@from, @into) ON CONFLICT(from_id) DO UPDATE SET into_id = @into;
            DELETE FROM stories WHERE id = @from;
            """, new { from, into }, tx, cancellationToken: cancellationToken));
    }

    private static async Task<int> InsertEmbeddedCommentsAsync(SqliteConnection connection, SqliteTransaction tx, long storyId, long articleId,
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
}
