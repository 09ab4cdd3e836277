using Storyline.Storage.Model;

namespace Storyline.Storage.Rows;

/// <summary>One row of <see cref="DecisionSql.Latest"/>.</summary>
internal sealed class DecisionRow
{
    public long CommentId { get; set; }
    public string Author { get; set; } = "";
    public string Text { get; set; } = "";
    public string Action { get; set; } = "";
    public double Spam { get; set; }
    public double Abuse { get; set; }
    public long AtMs { get; set; }

    public ModeratorDecisionRecord ToRecord(DateTimeOffset at) => new()
    {
        CommentId = CommentId,
        Author = Author,
        Text = Text,
        Action = ModerationRules.ParseAction(Action),
        Spam = Spam,
        Abuse = Abuse,
        At = at,
    };
}
