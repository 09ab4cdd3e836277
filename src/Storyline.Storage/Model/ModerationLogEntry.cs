namespace Storyline.Storage.Model;

/// <summary>One operator decision, kept for the record and for retraining the comment filter.</summary>
public sealed record ModerationLogEntry
{
    public required long Id { get; init; }
    public required long CommentId { get; init; }
    public required ModerationAction Action { get; init; }
    public required string Moderator { get; init; }
    public required DateTimeOffset At { get; init; }
}
