namespace Storyline.Fetching;

/// <summary>Options of the fetcher and the polling schedule, bound to the "Fetch" configuration section (env <c>STORYLINE__FETCH__…</c>).</summary>
public sealed class FetchOptions
{
    /// <summary>The configuration section these options are bound to.</summary>
    public const string SectionName = "Fetch";

    /// <summary>Lifts the SSRF guard so loopback, private, link-local and multicast addresses may be fetched (default false; for operators and tests).</summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>Sent with every request so site owners can tell who is asking.</summary>
    public string UserAgent { get; set; } = "Storyline/0.1 (self-hosted news aggregator; +https://github.com/storyline)";

    /// <summary>Whole-request deadline, headers and body included, so a server that drips bytes is cut off (default 30 s).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Deadline for opening a connection (default 10 s).</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest body kept, counted after decompression, so it is also the decompression cap (default 16 MiB).</summary>
    public long MaxBodyBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>Redirects followed per request, each one SSRF-checked (default 5).</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Longest Retry-After honoured; longer requests are cut to this (default 6 h).</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Wait after a 429 or 503 that gives no Retry-After (default 15 min).</summary>
    public TimeSpan DefaultRetryAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Quiet time between two requests to the same host (default 1 s).</summary>
    public TimeSpan MinHostDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Random extra wait added to <see cref="MinHostDelay"/> so polls do not align (default up to 1 s).</summary>
    public TimeSpan MaxHostJitter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Feeds fetched at the same time across all hosts (default 8).</summary>
    public int MaxConcurrentFetches { get; set; } = 8;

    /// <summary>Shortest polling interval, however often a feed publishes (default 10 min).</summary>
    public TimeSpan MinPollInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Longest polling interval, also used for feeds that answer 410 Gone (default 1 day).</summary>
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Interval for a feed whose publishing rate is not known yet (default 1 h).</summary>
    public TimeSpan DefaultPollInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>First wait after an error; doubled per consecutive error (default 5 min).</summary>
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest wait after errors; polling never stops, it slows to this (default 12 h).</summary>
    public TimeSpan BackoffCeiling { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Fetch the linked page when an item carries only a summary (default true).</summary>
    public bool FetchFullText { get; set; } = true;

    /// <summary>An item whose feed text is shorter than this many characters counts as a summary (default 500).</summary>
    public int MinFullTextChars { get; set; } = 500;

    /// <summary>Linked pages fetched per feed per poll, so a large feed cannot monopolise a host (default 20).</summary>
    public int MaxFullTextPerPoll { get; set; } = 20;

    /// <summary>The first broken rule, or null when the options are usable (checked at start-up).</summary>
    public string? Validate()
    {
        if (RequestTimeout <= TimeSpan.Zero || ConnectTimeout <= TimeSpan.Zero) return "Fetch timeouts must be positive";
        if (MaxBodyBytes < 1024) return "Fetch:MaxBodyBytes must be at least 1024";
        if (MaxRedirects is < 0 or > 20) return "Fetch:MaxRedirects must be between 0 and 20";
        if (MaxConcurrentFetches < 1) return "Fetch:MaxConcurrentFetches must be at least 1";
        if (MinHostDelay < TimeSpan.Zero || MaxHostJitter < TimeSpan.Zero) return "Fetch host delays must not be negative";
        if (MinPollInterval <= TimeSpan.Zero || MaxPollInterval < MinPollInterval) return "Fetch:MinPollInterval must be positive and at most MaxPollInterval";
        if (BackoffBase <= TimeSpan.Zero || BackoffCeiling < BackoffBase) return "Fetch:BackoffBase must be positive and at most BackoffCeiling";
        if (MaxRetryAfter <= TimeSpan.Zero) return "Fetch:MaxRetryAfter must be positive";
        return null;
    }
}
