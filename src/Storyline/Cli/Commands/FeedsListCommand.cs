using System.CommandLine;
using System.Globalization;
using Storyline.Fetching;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline feeds list</c>: subscriptions with their health (last check, next check, last error, error count).</summary>
public static class FeedsListCommand
{
    public static Command Create(Func<ParseResult, IFeedStateStore> open)
    {
        var command = new Command("list", "List subscriptions and their fetch health");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var feeds = await open(parse).ListAsync(cancellationToken);
            var json = parse.GetValue(CommonOptions.Json);
            foreach (var feed in feeds)
                await Console.Out.WriteLineAsync(json ? JsonOutput.Line(FeedsCommand.Json(feed)) : Describe(feed));
            return 0;
        });
        return command;
    }

    private static string Describe(FeedState feed)
    {
        static string When(DateTimeOffset? t) => t?.ToString("u", CultureInfo.InvariantCulture) ?? "never";
        var health = feed.LastError is null ? "ok" : $"error ×{feed.ErrorCount}: {feed.LastError}";
        return $"{feed.Url}\t{feed.Title ?? "(untitled)"}\tlast {When(feed.LastCheck)}\tnext {When(feed.NextCheck)}\t{health}";
    }
}
