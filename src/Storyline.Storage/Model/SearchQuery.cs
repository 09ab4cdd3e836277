namespace Storyline.Storage.Model;

/// <summary>A full-text search over article titles and texts; <see cref="Text"/> is the reader's words, never query syntax.</summary>
public sealed record SearchQuery
{
    public required string Text { get; init; }
    public int Offset { get; init; }
    public int Limit { get; init; } = 20;
}
