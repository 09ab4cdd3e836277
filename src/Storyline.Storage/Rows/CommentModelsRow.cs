using Storyline.Storage.Model;

namespace Storyline.Storage.Rows;

/// <summary>One row of the <c>comment_models</c> table (both stores).</summary>
internal sealed class CommentModelsRow
{
    public long Id { get; set; }
    public byte[] Spam { get; set; } = [];
    public byte[] Abuse { get; set; } = [];
    public long Decisions { get; set; }
    public long CreatedMs { get; set; }

    public StoredCommentModels ToRecord() => new()
    {
        Version = Id,
        Spam = Spam,
        Abuse = Abuse,
        Decisions = (int)Math.Clamp(Decisions, 0, int.MaxValue),
        Created = DateTimeOffset.FromUnixTimeMilliseconds(CreatedMs),
    };

    /// <summary>The columns in the order <see cref="CommentModelsRow"/> reads them.</summary>
    public const string Columns = "id AS Id, spam AS Spam, abuse AS Abuse, decisions AS Decisions, created_ms AS CreatedMs";

    // The same SQL serves both stores (plain SQL both dialects read alike).
    public const string InsertSql = "INSERT INTO comment_models(spam, abuse, decisions, created_ms) VALUES (@spam, @abuse, @decisions, @now) RETURNING id";
    public const string PruneSql = "DELETE FROM comment_models WHERE id <= @id - @keep";
    public const string LatestVersionSql = "SELECT MAX(id) FROM comment_models";
    public const string LatestSql = $"SELECT {Columns} FROM comment_models ORDER BY id DESC LIMIT 1";

    /// <summary>The parameters of <see cref="InsertSql"/>.</summary>
    public static object InsertParameters(StoredCommentModels models, long nowMs) =>
        new { spam = models.Spam, abuse = models.Abuse, decisions = models.Decisions, now = nowMs };
}
