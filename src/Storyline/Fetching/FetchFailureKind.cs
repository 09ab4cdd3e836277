namespace Storyline.Fetching;

/// <summary>Why a fetch failed, coarse enough to show per feed and to count.</summary>
public enum FetchFailureKind
{
    /// <summary>DNS, connection or protocol error.</summary>
    Network,
    Timeout,

    /// <summary>An HTTP error status other than 304, 410, 429 and 503-with-Retry-After.</summary>
    HttpStatus,

    /// <summary>Body over the size cap (after decompression).</summary>
    TooLarge,

    /// <summary>More redirects than allowed, or a loop.</summary>
    TooManyRedirects,

    /// <summary>The SSRF guard refused the address, or the scheme is not http(s).</summary>
    Refused,

    /// <summary>The body could not be used: broken compression, not a feed, refused by the parser.</summary>
    BadContent,
}
