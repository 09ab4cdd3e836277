namespace Storyline.Storage.Rows;

/// <summary>One story line of the story list query, as both stores select it.</summary>
internal sealed class StoryRow
{
    public long Id { get; init; }
    public string Title { get; init; } = "";
    public long ArticleCount { get; init; }
    public long FirstMs { get; init; }
    public long LastMs { get; init; }
    public double Rank { get; init; }
    public long CommentCount { get; init; }
}
