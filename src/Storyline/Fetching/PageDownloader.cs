using Storyline.Core.Extraction;
using Storyline.Input;

namespace Storyline.Fetching;

/// <summary>
/// One page for the command line (<c>storyline extract URL</c>) through the same polite, capped, SSRF-guarded
/// fetcher the feeds use, so every outside address gets the same limits and the same refusals.
/// </summary>
public sealed class PageDownloader(HttpFetcher fetcher, HostPoliteness politeness)
{
    /// <summary>The page as a document to extract; throws <see cref="InputRefusedException"/> with the reason otherwise.</summary>
    public async Task<SourceDocument> DownloadAsync(Uri url, CancellationToken cancellationToken)
    {
        FetchOutcome outcome;
        await using (await politeness.AcquireAsync(url, cancellationToken))
            outcome = await fetcher.FetchAsync(new FetchRequest { Url = url }, cancellationToken);
        if (outcome is not FetchOutcome.Fetched fetched) throw new InputRefusedException(Describe(outcome));
        return new SourceDocument { Origin = url.ToString(), Content = fetched.Body, ContentType = fetched.ContentType, Url = fetched.Url };
    }

    /// <summary>One line saying why a fetch gave no page.</summary>
    public static string Describe(FetchOutcome outcome) => outcome switch
    {
        FetchOutcome.Failed f => f.Reason,
        FetchOutcome.RateLimited r => $"rate limited by the server; retry after {r.RetryAfter}",
        FetchOutcome.Gone => "HTTP 410 Gone",
        FetchOutcome.NotModified => "not modified",
        _ => "not fetched",
    };
}
