using Storyline.Core.Extraction;
using Storyline.Core.Feeds;
using Storyline.Fetching;

namespace Storyline.Ingestion;

/// <summary>
/// <c>storyline ingest URL</c>: fetches the address through the polite, SSRF-guarded fetcher; a feed has each item
/// ingested (with full text where the feed holds only summaries, origin = the feed's URL), a page is extracted.
/// </summary>
public sealed class UrlIngestor(HttpFetcher fetcher, HostPoliteness politeness, FeedParser parser, FullTextEnricher fullText, IngestPipeline pipeline)
{
    public async Task<IReadOnlyList<IngestOutcome>> IngestAsync(Uri url, CancellationToken cancellationToken)
    {
        var origin = url.ToString();
        FetchOutcome outcome;
        await using (await politeness.AcquireAsync(url, cancellationToken))
            outcome = await fetcher.FetchAsync(new FetchRequest { Url = url }, cancellationToken);
        if (outcome is not FetchOutcome.Fetched fetched) return [new IngestOutcome.Rejected(origin, PageDownloader.Describe(outcome))];

        if (parser.Parse(fetched.Body.Span, ContentTypes.Charset(fetched.ContentType), fetched.Url) is FeedParseOutcome.Parsed { Feed: var feed })
        {
            var items = await fullText.EnrichAsync(feed.Items, cancellationToken);
            var results = new List<IngestOutcome>(items.Count);
            foreach (var item in items)
                results.Add(await IngestItemAsync(pipeline, item, feed, origin, cancellationToken));
            return results;
        }
        var document = new SourceDocument { Origin = origin, Content = fetched.Body, ContentType = fetched.ContentType, Url = fetched.Url };
        return [await pipeline.IngestAsync(document, cancellationToken, origin)];
    }

    /// <summary>Ingests one feed item; shared with the background poller.</summary>
    public static async Task<IngestOutcome> IngestItemAsync(IngestPipeline pipeline, FetchedItem item, ParsedFeed? feed, string origin, CancellationToken cancellationToken)
    {
        var article = FeedItemArticle.From(item, feed);
        if (article is null) return new IngestOutcome.Rejected(item.Item.Link?.ToString() ?? origin, "feed item without title or text");
        return await pipeline.IngestAsync(article, origin, item.Item.Link, cancellationToken);
    }
}
