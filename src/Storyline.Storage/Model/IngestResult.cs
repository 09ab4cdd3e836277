namespace Storyline.Storage.Model;

/// <summary>What storing one article did.</summary>
public abstract record IngestResult
{
    private IngestResult() { }

    public abstract long ArticleId { get; }
    public abstract long StoryId { get; }

    /// <summary>A new article, in a new or an existing story.</summary>
    public sealed record Stored(long ArticleId, long StoryId, bool NewStory, int Comments) : IngestResult
    {
        public override long ArticleId { get; } = ArticleId;
        public override long StoryId { get; } = StoryId;
    }

    /// <summary>The same article was stored before; nothing changed.</summary>
    public sealed record Duplicate(long ArticleId, long StoryId) : IngestResult
    {
        public override long ArticleId { get; } = ArticleId;
        public override long StoryId { get; } = StoryId;
    }
}
