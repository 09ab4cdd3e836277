namespace Storyline.Core.Discussion;

/// <summary>A comment as the scorers see it: its text and what is known about how it arrived.</summary>
public sealed record CommentInput
{
    public required string Id { get; init; }
    public required string Author { get; init; }
    public required string Text { get; init; }
    public string? Email { get; init; }
    public string? Url { get; init; }
    public string? Parent { get; init; }
}
