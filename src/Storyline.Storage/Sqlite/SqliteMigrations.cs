namespace Storyline.Storage.Sqlite;

/// <summary>The schema of the embedded store, versioned in code; each step runs once, in order, in a transaction.</summary>
internal static class SqliteMigrations
{
    public static readonly IReadOnlyList<(int Version, string Sql)> Steps =
    [
        (1, """
            CREATE TABLE stories (
                id INTEGER PRIMARY KEY,
                title TEXT NOT NULL DEFAULT '',
                created_ms INTEGER NOT NULL,
                first_published_ms INTEGER NOT NULL,
                last_published_ms INTEGER NOT NULL,
                article_count INTEGER NOT NULL DEFAULT 0,
                source_count INTEGER NOT NULL DEFAULT 0,
                rank REAL NOT NULL DEFAULT 0
            );
            CREATE INDEX ix_stories_rank ON stories(rank DESC);
            CREATE TABLE articles (
                id INTEGER PRIMARY KEY,
                story_id INTEGER NOT NULL REFERENCES stories(id),
                origin TEXT NOT NULL,
                url TEXT,
                canonical_url TEXT,
                title TEXT NOT NULL,
                subtitle TEXT,
                source TEXT NOT NULL,
                byline TEXT,
                published_ms INTEGER NOT NULL,
                language TEXT,
                source_link TEXT,
                text TEXT NOT NULL,
                fingerprint TEXT NOT NULL,
                duplicate_of INTEGER REFERENCES articles(id),
                comments_declared INTEGER,
                topics_json TEXT NOT NULL DEFAULT '[]',
                analysis_json TEXT NOT NULL DEFAULT '{}',
                ingested_ms INTEGER NOT NULL
            );
            CREATE UNIQUE INDEX ux_articles_fingerprint ON articles(fingerprint);
            CREATE UNIQUE INDEX ux_articles_canonical_url ON articles(canonical_url) WHERE canonical_url IS NOT NULL;
            CREATE INDEX ix_articles_story ON articles(story_id, published_ms);
            CREATE INDEX ix_articles_published ON articles(published_ms);
            CREATE TABLE story_tags (
                story_id INTEGER NOT NULL REFERENCES stories(id),
                tag TEXT NOT NULL,
                PRIMARY KEY (tag, story_id)
            ) WITHOUT ROWID;
            CREATE TABLE comments (
                id INTEGER PRIMARY KEY,
                story_id INTEGER NOT NULL REFERENCES stories(id),
                article_id INTEGER REFERENCES articles(id),
                parent_id INTEGER REFERENCES comments(id),
                external_id TEXT,
                author TEXT NOT NULL,
                email TEXT,
                text TEXT NOT NULL,
                status TEXT NOT NULL,
                spam REAL NOT NULL DEFAULT 0,
                abuse REAL NOT NULL DEFAULT 0,
                created_ms INTEGER NOT NULL,
                edit_token_hash TEXT
            );
            CREATE INDEX ix_comments_story ON comments(story_id, id);
            CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
            """),
        (2, """
            CREATE UNIQUE INDEX ux_comments_external ON comments(story_id, external_id) WHERE external_id IS NOT NULL;
            """),
        (3, """
            CREATE TABLE feeds (
                url TEXT PRIMARY KEY,
                next_check_ms INTEGER,
                state_json TEXT NOT NULL
            );
            CREATE INDEX ix_feeds_next_check ON feeds(next_check_ms);
            CREATE TABLE feed_seen (
                feed_url TEXT NOT NULL,
                key TEXT NOT NULL,
                seen_ms INTEGER NOT NULL,
                PRIMARY KEY (feed_url, key)
            ) WITHOUT ROWID;
            CREATE INDEX ix_feed_seen_age ON feed_seen(feed_url, seen_ms);
            """),
        (4, """
            CREATE TABLE moderation_log (
                id INTEGER PRIMARY KEY,
                comment_id INTEGER NOT NULL REFERENCES comments(id),
                action TEXT NOT NULL,
                moderator TEXT NOT NULL,
                at_ms INTEGER NOT NULL
            );
            CREATE INDEX ix_moderation_log_comment ON moderation_log(comment_id);
            CREATE TABLE banned_authors (
                email_hash TEXT PRIMARY KEY,
                moderator TEXT NOT NULL,
                at_ms INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX ix_comments_status ON comments(status, id);
            """),
        // 50: the data-protection key ring, shared by everything that opens this database.
        (50, """
            CREATE TABLE protection_keys (
                name TEXT PRIMARY KEY,
                xml TEXT NOT NULL,
                created_ms INTEGER NOT NULL
            );
            """),
        // 51: stories merged away forward to the story they became (as on PostgreSQL), so a stale story id held by another
        // process's clusterer, a reader's open page or a subscription still reaches the live story.
        (51, """
            CREATE TABLE story_redirects (
                from_id INTEGER PRIMARY KEY,
                into_id INTEGER NOT NULL
            );
            """),
        // 52: comment models retrained from moderator decisions, so every process on this database scores with the same pair.
        (52, """
            CREATE TABLE comment_models (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                spam BLOB NOT NULL,
                abuse BLOB NOT NULL,
                decisions INTEGER NOT NULL,
                created_ms INTEGER NOT NULL
            );
            """),
        (100, """
            CREATE TABLE subscribers (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                email TEXT NOT NULL,
                status TEXT NOT NULL,
                created_ms INTEGER NOT NULL,
                confirmed_ms INTEGER,
                suspended_ms INTEGER,
                suspend_reason TEXT
            );
            CREATE UNIQUE INDEX ux_subscribers_email ON subscribers(email);
            CREATE TABLE subscriptions (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                subscriber_id INTEGER NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
                follow TEXT NOT NULL,
                frequency TEXT NOT NULL,
                status TEXT NOT NULL,
                created_ms INTEGER NOT NULL,
                confirmed_ms INTEGER,
                unsubscribed_ms INTEGER,
                watermark_ms INTEGER,
                next_due_ms INTEGER
            );
            CREATE UNIQUE INDEX ux_subscriptions_follow ON subscriptions(subscriber_id, follow);
            CREATE INDEX ix_subscriptions_due ON subscriptions(status, next_due_ms);
            CREATE TABLE subscription_consents (
                id INTEGER PRIMARY KEY,
                subscriber_id INTEGER NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
                subscription_id INTEGER,
                action TEXT NOT NULL,
                notice_version TEXT NOT NULL,
                source_page TEXT,
                at_ms INTEGER NOT NULL
            );
            CREATE INDEX ix_subscription_consents_subscriber ON subscription_consents(subscriber_id);
            CREATE TABLE mail_outbox (
                id INTEGER PRIMARY KEY,
                idempotency_key TEXT NOT NULL,
                subscriber_id INTEGER NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                message_id TEXT NOT NULL,
                subject TEXT NOT NULL,
                mime BLOB NOT NULL,
                status TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_ms INTEGER NOT NULL,
                lease_until_ms INTEGER,
                last_error TEXT,
                created_ms INTEGER NOT NULL,
                sent_ms INTEGER
            );
            CREATE UNIQUE INDEX ux_mail_outbox_key ON mail_outbox(idempotency_key);
            CREATE INDEX ix_mail_outbox_due ON mail_outbox(status, next_attempt_ms);
            CREATE INDEX ix_mail_outbox_subscriber ON mail_outbox(subscriber_id);
            CREATE TABLE app_secrets (
                name TEXT PRIMARY KEY,
                value TEXT NOT NULL
            );
            """),
        (101, """
            ALTER TABLE subscriptions ADD COLUMN replies INTEGER NOT NULL DEFAULT 0;
            """),
        (102, """
            CREATE INDEX ix_mail_outbox_message_id ON mail_outbox(message_id);
            """),
    ];
}
