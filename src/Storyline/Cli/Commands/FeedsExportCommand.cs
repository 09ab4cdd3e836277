using System.CommandLine;
using Storyline.Core.Feeds;
using Storyline.Fetching;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline feeds export [--output FILE]</c>: the subscriptions as OPML 2.0.</summary>
public static class FeedsExportCommand
{
    public static Command Create(Func<ParseResult, IFeedStateStore> open)
    {
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Print the subscriptions as OPML") { output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var feeds = await open(parse).ListAsync(cancellationToken);
            var opml = OpmlWriter.Write("Storyline subscriptions",
                feeds.Select(f => new OpmlFeed { XmlUrl = f.FetchUrl, Title = f.Title, HtmlUrl = f.SiteUrl, Category = f.Category }),
                DateTimeOffset.UtcNow);
            if (parse.GetValue(output) is { } path) await File.WriteAllTextAsync(path, opml, cancellationToken);
            else await Console.Out.WriteLineAsync(opml);
            return 0;
        });
        return command;
    }
}
