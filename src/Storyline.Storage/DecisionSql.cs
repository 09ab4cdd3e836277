namespace Storyline.Storage;

/// <summary>The moderator-decision query both stores run (plain SQL that SQLite and PostgreSQL read alike).</summary>
internal static class DecisionSql
{
    public const string Latest = """
        SELECT c.id AS CommentId, c.author AS Author, c.text AS Text, l.action AS Action, c.spam AS Spam, c.abuse AS Abuse, l.at_ms AS AtMs
        FROM moderation_log l JOIN comments c ON c.id = l.comment_id
        WHERE l.id = (SELECT MAX(m.id) FROM moderation_log m WHERE m.comment_id = l.comment_id)
        ORDER BY l.id DESC LIMIT @limit
        """;
}
