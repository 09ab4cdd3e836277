namespace Storyline.Api.Json;

/// <summary><c>storyline story ID --json</c> and <c>GET /api/stories/{id}</c>.</summary>
public sealed record StoryJson
{
    public required long Id { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<StoryArticleJson> Articles { get; init; }
    public required IReadOnlyList<EntityJson> Entities { get; init; }
    public required IReadOnlyList<QuoteJson> Quotes { get; init; }
    public required IReadOnlyList<ClaimJson> Claims { get; init; }
    public required IReadOnlyList<DifferenceJson> Differences { get; init; }
    public required IReadOnlyList<CommentJson> Comments { get; init; }
    public required int CommentsDeclared { get; init; }
}
