namespace Storyline.Storage.Model;

/// <summary>
/// One matching article. <see cref="TitleMarked"/> and <see cref="Snippet"/> are plain text in which matches are
/// wrapped in <see cref="MarkStart"/> and <see cref="MarkEnd"/> (private-use characters), so that a page can encode
/// the text first and only then turn the markers into markup.
/// </summary>
public sealed record SearchHit
{
    public const char MarkStart = '\uE000';
    public const char MarkEnd = '\uE001';

    public required long ArticleId { get; init; }
    public required long StoryId { get; init; }
    public required string Title { get; init; }
    public required string TitleMarked { get; init; }
    public required string Snippet { get; init; }
    public required string Source { get; init; }
    public required DateTimeOffset Published { get; init; }
}
