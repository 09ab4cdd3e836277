using System.CommandLine;
using Storyline.Fetching;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline feeds add|import|export|list</c>: manage subscriptions.</summary>
public static class FeedsCommand
{
    /// <param name="storeFactory">Opens the subscription store for a parsed command line (the <c>--db</c> option); the in-memory store when omitted.</param>
    public static Command Create(Func<ParseResult, IFeedStateStore>? storeFactory = null)
    {
        var open = storeFactory ?? (_ => new InMemoryFeedStateStore());
        var command = new Command("feeds", "Manage feed subscriptions");
        command.Subcommands.Add(FeedsAddCommand.Create(open));
        command.Subcommands.Add(FeedsImportCommand.Create(open));
        command.Subcommands.Add(FeedsExportCommand.Create(open));
        command.Subcommands.Add(FeedsListCommand.Create(open));
        return command;
    }

    /// <summary>A subscription as the CLI prints it (no validators or hashes).</summary>
    internal static object Json(FeedState feed) => new
    {
        Url = feed.Url.AbsoluteUri,
        MovedTo = feed.MovedTo?.AbsoluteUri,
        feed.Title,
        SiteUrl = feed.SiteUrl?.AbsoluteUri,
        feed.Category,
        feed.LastCheck,
        feed.LastSuccess,
        feed.NextCheck,
        feed.LastError,
        feed.ErrorCount,
    };

    /// <summary>Parses a feed address from the command line, or fails with a one-line message.</summary>
    internal static Uri ParseUrl(string value)
    {
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            throw new CliException($"'{value}' is not an http(s) URL");
        return url;
    }
}
