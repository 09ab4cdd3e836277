using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Storyline.Core.Extraction;
using Storyline.Core.Feeds;

namespace Storyline.Fetching;

/// <summary>
/// Fetches the linked page of items that carry only a summary and extracts its article; when that
/// fails the item keeps its summary and the reason is recorded in <see cref="FetchedItem.FullTextNote"/>.
/// </summary>
public sealed class FullTextEnricher(HttpFetcher fetcher, HostPoliteness politeness, ArticleExtractor extractor,
    IOptionsMonitor<FetchOptions> options, ILogger<FullTextEnricher> logger)
{
    public async Task<IReadOnlyList<FetchedItem>> EnrichAsync(IReadOnlyList<FeedItem> items, CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        var result = new List<FetchedItem>(items.Count);
        var budget = o.MaxFullTextPerPoll;
        foreach (var item in items)
        {
            if (!o.FetchFullText || IsComplete(item, o.MinFullTextChars))
            {
                result.Add(new FetchedItem { Item = item });
                continue;
            }
            if (item.Link is null)
            {
                result.Add(new FetchedItem { Item = item, FullTextNote = "summary only, and the item has no link to fetch" });
                continue;
            }
            if (budget-- <= 0)
            {
                result.Add(new FetchedItem { Item = item, FullTextNote = $"summary only; the {o.MaxFullTextPerPoll} full-text fetches of this poll were used" });
                continue;
            }
            result.Add(await FetchAsync(item, item.Link, cancellationToken));
        }
        return result;
    }

    /// <summary>True when the feed's own text is long enough to count as the article.</summary>
    public static bool IsComplete(FeedItem item, int minChars) =>
        FeedText.HtmlToText(item.Content ?? item.Summary).Length >= minChars;

    private async Task<FetchedItem> FetchAsync(FeedItem item, Uri link, CancellationToken cancellationToken)
    {
        FetchOutcome outcome;
        await using (await politeness.AcquireAsync(link, cancellationToken))
            outcome = await fetcher.FetchAsync(new FetchRequest { Url = link, Accept = FetchRequest.PageAccept }, cancellationToken);

        string note;
        if (outcome is FetchOutcome.Fetched page)
        {
            var document = new SourceDocument { Origin = link.AbsoluteUri, Content = page.Body, ContentType = page.ContentType, Url = page.Url };
            switch (extractor.Extract(document))
            {
                case ExtractionOutcome.Extracted { Article: var article } when article.Paragraphs.Count > 0 && article.NoArticleReason is null:
                    var feedTextLength = FeedText.HtmlToText(item.Content ?? item.Summary).Length;
                    if (article.Text.Length > feedTextLength) return new FetchedItem { Item = item, FullText = article };
                    note = "the linked page's article is not longer than the feed's summary";
                    break;
                case ExtractionOutcome.Extracted { Article: var article }:
                    note = "no article on the linked page" + (article.NoArticleReason is { } why ? ": " + why : "");
                    break;
                case ExtractionOutcome.Rejected rejected:
                    note = "linked page refused by extraction: " + rejected.Reason;
                    break;
                default:
                    note = "linked page not extracted";
                    break;
            }
        }
        else
        {
            note = "linked page not fetched: " + outcome switch
            {
                FetchOutcome.Failed failed => failed.Reason,
                FetchOutcome.RateLimited => "rate limited",
                FetchOutcome.Gone => "410 Gone",
                _ => "not modified",
            };
        }
        FetchLog.FullTextSkipped(logger, FetchLog.Safe(link), note);
        return new FetchedItem { Item = item, FullTextNote = note };
    }
}
