namespace Storyline.Storage.Model;

/// <summary>A story as a list shows it.</summary>
public sealed record StorySummary
{
    public required long Id { get; init; }
    public required string Title { get; init; }
    public required int ArticleCount { get; init; }
    public required IReadOnlyList<string> Sources { get; init; }
    public required DateTimeOffset FirstPublished { get; init; }
    public required DateTimeOffset LastPublished { get; init; }
    public required int CommentCount { get; init; }
    public double Score { get; init; }
    public IReadOnlyList<ArticleRecord> Articles { get; init; } = [];
}
