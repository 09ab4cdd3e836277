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
}
