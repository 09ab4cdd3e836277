namespace Storyline.Api.Json;

/// <summary>An article in <c>storyline story ID --json</c>.</summary>
public sealed record StoryArticleJson(long Id, string Origin, string Title, string Source, string Text)
{
    public string? Url { get; init; }
    public string? Published { get; init; }
    public string? Byline { get; init; }
    public string? SourceLink { get; init; }
    public long? DuplicateOf { get; init; }
    public int? CommentsDeclared { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
}
