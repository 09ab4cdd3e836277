namespace Storyline.Api.Json;

/// <summary>A story in <c>storyline stories --json</c> and <c>GET /api/stories</c>.</summary>
public sealed record StorySummaryJson(long Id, string Title, IReadOnlyList<ArticleRefJson> Articles)
{
    public IReadOnlyList<string> Sources { get; init; } = [];
    public int CommentCount { get; init; }
    public string? FirstPublished { get; init; }
    public string? LastPublished { get; init; }
}
