using Storyline.Storage.Model;

namespace Storyline.Storage.Rows;

/// <summary>One search hit as both stores select it; <see cref="Text"/> is only selected where the snippet needs it.</summary>
internal sealed class SearchRow
{
    public long ArticleId { get; init; }
    public long StoryId { get; init; }
    public string Title { get; init; } = "";
    public string? TitleMarked { get; init; }
    public string? Snippet { get; init; }
    public string Text { get; init; } = "";
    public string Source { get; init; } = "";
    public long PublishedMs { get; init; }

    /// <param name="snippet">The snippet as the store finishes it from <see cref="Snippet"/>.</param>
    public SearchHit ToHit(string snippet) => new()
    {
        ArticleId = ArticleId,
        StoryId = StoryId,
        Title = Title,
        TitleMarked = TitleMarked ?? Title,
        Snippet = snippet,
        Source = Source,
        Published = DateTimeOffset.FromUnixTimeMilliseconds(PublishedMs),
    };
}
