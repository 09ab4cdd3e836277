using System.CommandLine;
using Storyline.Core.Feeds;
using Storyline.Fetching;
using Storyline.Input;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline feeds import FILE.opml</c>.</summary>
public static class FeedsImportCommand
{
    public static Command Create(Func<ParseResult, IFeedStateStore> open)
    {
        var file = new Argument<string>("file") { Description = "An OPML subscription list" };
        var command = new Command("import", "Subscribe to every feed of an OPML file") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            byte[] bytes;
            try
            {
                bytes = (await DocumentReader.ReadFileAsync(path, cancellationToken)).Content.ToArray();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                throw new CliException($"{path}: {e.Message}");
            }
            var parsed = new OpmlParser().Parse(bytes) switch
            {
                OpmlParseOutcome.Parsed p => p,
                OpmlParseOutcome.Rejected r => throw new CliException($"{path}: {r.Reason}"),
                _ => throw new CliException($"{path}: not read"),
            };

            var store = open(parse);
            var added = 0;
            foreach (var feed in parsed.Feeds)
            {
                var state = new FeedState { Url = feed.XmlUrl, Title = feed.Title, SiteUrl = feed.HtmlUrl, Category = feed.Category, Added = DateTimeOffset.UtcNow };
                if (await store.AddAsync(state, cancellationToken)) added++;
            }
            foreach (var warning in parsed.Warnings) await Console.Error.WriteLineAsync($"storyline: {path}: {warning}");
            if (parse.GetValue(CommonOptions.Json))
                await Console.Out.WriteLineAsync(JsonOutput.Line(new { File = path, Feeds = parsed.Feeds.Count, Added = added, AlreadySubscribed = parsed.Feeds.Count - added }));
            else
                await Console.Out.WriteLineAsync($"{parsed.Feeds.Count} feeds in {path}: {added} added, {parsed.Feeds.Count - added} already subscribed");
            return 0;
        });
        return command;
    }
}
