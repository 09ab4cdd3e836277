using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Storyline.Core.Feeds;
using Storyline.Fetching;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline feeds add URL [--check]</c>.</summary>
public static class FeedsAddCommand
{
    public static Command Create(Func<ParseResult, IFeedStateStore> open)
    {
        var url = new Argument<string>("url") { Description = "The feed's address (RSS, Atom or JSON Feed)" };
        var check = new Option<bool>("--check") { Description = "Fetch the feed once to verify it and read its title" };
        var command = new Command("add", "Subscribe to a feed") { url, check };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var address = FeedsCommand.ParseUrl(parse.GetValue(url)!);
            string? title = null;
            Uri? site = null;
            if (parse.GetValue(check)) (address, title, site) = await CheckAsync(address, cancellationToken);

            var store = open(parse);
            var feed = new FeedState { Url = address, Title = title, SiteUrl = site, Added = DateTimeOffset.UtcNow };
            var added = await store.AddAsync(feed, cancellationToken);
            if (parse.GetValue(CommonOptions.Json))
                await Console.Out.WriteLineAsync(JsonOutput.Line(new { Url = address.AbsoluteUri, Title = title, Added = added }));
            else
                await Console.Out.WriteLineAsync(added ? $"added {address}{(title is null ? "" : $" ({title})")}" : $"already subscribed: {address}");
            return 0;
        });
        return command;
    }

    /// <summary>
    /// One fetch through the real fetcher (SSRF guard and caps included), configured from STORYLINE__FETCH__… variables.
    /// A web page that advertises a feed is followed once to that feed, which is then the address subscribed to.
    /// </summary>
    private static async Task<(Uri Address, string? Title, Uri? Site)> CheckAsync(Uri address, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables("STORYLINE__").Build();
        await using var services = new ServiceCollection().AddStorylineFetching(configuration).BuildServiceProvider();
        var fetched = await FetchAsync(services, address, cancellationToken);
        var charset = Storyline.Core.Extraction.ContentTypes.Charset(fetched.ContentType);
        var outcome = services.GetRequiredService<FeedParser>().Parse(fetched.Body.Span, charset, fetched.Url);
        if (outcome is FeedParseOutcome.Invalid && FeedDiscovery.FindFeeds(Storyline.Core.Text.TextDecoder.Decode(fetched.Body.Span, charset), fetched.Url) is [var discovered, ..])
        {
            address = discovered;
            fetched = await FetchAsync(services, address, cancellationToken);
            outcome = services.GetRequiredService<FeedParser>().Parse(fetched.Body.Span, Storyline.Core.Extraction.ContentTypes.Charset(fetched.ContentType), fetched.Url);
        }
        return outcome switch
        {
            FeedParseOutcome.Parsed { Feed: var feed } => (address, feed.Title, feed.SiteUrl),
            FeedParseOutcome.Refused r => throw new CliException($"{address}: feed refused: {r.Reason}"),
            FeedParseOutcome.Invalid i => throw new CliException($"{address}: not a feed ({i.Reason}), and no advertised feed was found"),
            _ => (address, null, null),
        };
    }

    private static async Task<FetchOutcome.Fetched> FetchAsync(ServiceProvider services, Uri address, CancellationToken cancellationToken)
    {
        var fetcher = services.GetRequiredService<HttpFetcher>();
        var outcome = await fetcher.FetchAsync(new FetchRequest { Url = address }, cancellationToken);
        if (outcome is not FetchOutcome.Fetched fetched)
            throw new CliException($"{address}: " + outcome switch
            {
                FetchOutcome.Failed f => f.Reason,
                FetchOutcome.RateLimited r => $"rate limited (retry after {r.RetryAfter})",
                FetchOutcome.Gone => "the feed is gone (HTTP 410)",
                _ => "no content",
            });
        return fetched;
    }
}
