namespace Storyline.Core.Discussion.Import;

/// <summary>A comment read from an export (seed text, WordPress WXR, Disqus XML), with its thread position.</summary>
public sealed record ImportedComment
{
    /// <summary>The comment's id in the export; unique within one thread.</summary>
    public required string Id { get; init; }
    public string? Parent { get; init; }
    public required string Author { get; init; }

    /// <summary>Kept for moderation only; never shown.</summary>
    public string? Email { get; init; }
    public required string Text { get; init; }
    public DateTimeOffset? Published { get; init; }

    /// <summary>False for comments the source marked as spam, deleted or unapproved.</summary>
    public bool Approved { get; init; } = true;
}
