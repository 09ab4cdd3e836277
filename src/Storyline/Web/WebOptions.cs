namespace Storyline.Web;

/// <summary>Web site limits and settings (configuration section "Web"); every limit is named here.</summary>
public sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>Stories per front page.</summary>
    public int PageSize { get; set; } = 20;

    /// <summary>Highest page number the front page serves (deeper paging is the API's job).</summary>
    public int MaxPage { get; set; } = 500;

    /// <summary>Longest topic filter or search query accepted.</summary>
    public int MaxQueryChars { get; set; } = 200;

    /// <summary>Search hits per page.</summary>
    public int SearchResults { get; set; } = 30;

    /// <summary>Largest request body Kestrel reads (comment forms and JSON are small).</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>POSTs one client may make per window before 429.</summary>
    public int PostsPerWindow { get; set; } = 10;

    /// <summary>The rate-limit window for POSTs.</summary>
    public TimeSpan PostWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Rendered pages kept in memory before the cache starts over.</summary>
    public int MaxCachedPages { get; set; } = 5_000;

    /// <summary>How long a rendered page may be served before it is rendered again (background ingestion shows up within it).</summary>
    public TimeSpan PageCacheLifetime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Items in every outgoing feed.</summary>
    public int FeedItems { get; set; } = 50;

    /// <summary>Stories the JSON list answers at most per request.</summary>
    public int MaxApiStories { get; set; } = 1_000;

    /// <summary>Absolute base address for feeds and links (e.g. https://news.example); the request's own address when empty.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>Comment ids a browser remembers as its own (to show their moderation state).</summary>
    public int MaxOwnedComments { get; set; } = 50;
}
