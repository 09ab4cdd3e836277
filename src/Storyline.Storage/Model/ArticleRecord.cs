using Storyline.Core.Analysis;

namespace Storyline.Storage.Model;

/// <summary>A stored article.</summary>
public sealed record ArticleRecord
{
    public required long Id { get; init; }
    public required long StoryId { get; init; }
    public required string Origin { get; init; }
    public string? Url { get; init; }
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public required string Source { get; init; }
    public string? Byline { get; init; }
    public required DateTimeOffset Published { get; init; }
    public string? Language { get; init; }
    public string? SourceLink { get; init; }
    public required string Text { get; init; }
    public long? DuplicateOf { get; init; }
    public int? CommentsDeclared { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
    public TextAnalysis Analysis { get; init; } = TextAnalysis.Empty;
}
