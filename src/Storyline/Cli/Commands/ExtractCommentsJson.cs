namespace Storyline.Cli.Commands;

/// <summary>The comment thread found on an extracted page: the count it declares and the comments parsed.</summary>
public sealed record ExtractCommentsJson
{
    public required int? Declared { get; init; }
    public required IReadOnlyList<ExtractCommentJson> Items { get; init; }
}
