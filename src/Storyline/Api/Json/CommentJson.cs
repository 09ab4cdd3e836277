namespace Storyline.Api.Json;

/// <summary>A comment as every public answer shows it: never the e-mail.</summary>
public sealed record CommentJson(long Id, long? Parent, string Author, string Text, string Status, long? Article)
{
    public string? Created { get; init; }
}
