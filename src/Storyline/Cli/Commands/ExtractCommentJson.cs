namespace Storyline.Cli.Commands;

/// <summary>One parsed comment of <c>storyline extract --json</c>; ids and parents are the page's own.</summary>
public sealed record ExtractCommentJson
{
    public required string Id { get; init; }
    public string? Parent { get; init; }
    public string? Author { get; init; }
    public required string Text { get; init; }
}
