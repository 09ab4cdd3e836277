namespace Storyline.Core.Extraction;

/// <summary>One comment parsed out of a page; <see cref="Parent"/> is the id of the comment it answers.</summary>
public sealed record ExtractedComment
{
    public required string Id { get; init; }
    public string? Parent { get; init; }
    public string? Author { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<string> Mentions { get; init; } = [];
    public DateTimeOffset? Published { get; init; }
}
