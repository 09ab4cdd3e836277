namespace Storyline.Core.Feeds;

/// <summary>Limits of the feed parser.</summary>
public sealed record FeedParserOptions
{
    /// <summary>Documents longer than this many characters are refused (default 32 Mi characters).</summary>
    public long MaxDocumentChars { get; init; } = 32L * 1024 * 1024;

    /// <summary>Characters that entity references may produce; with DTDs prohibited only numeric and the five XML entities remain (default 0: no expansion from declared entities).</summary>
    public long MaxCharactersFromEntities { get; init; } = 0;

    /// <summary>Items kept per feed; the rest are dropped with a warning (default 2,000).</summary>
    public int MaxItems { get; init; } = 2_000;

    /// <summary>Deepest element or JSON nesting accepted (default 64).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Media objects kept per item (default 32).</summary>
    public int MaxMediaPerItem { get; init; } = 32;

    /// <summary>Topics kept per item (default 64).</summary>
    public int MaxTopicsPerItem { get; init; } = 64;

    public static FeedParserOptions Default { get; } = new();
}
