using System.CommandLine;
using Spectre.Console;
using Storyline.Api;
using Storyline.Ingestion;
using Storyline.Input;
using Storyline.Storage;
using Storyline.Storage.Model;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline ingest PATH_OR_URL… [--json]</c>: files, folders and URLs into the store.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Arity = ArgumentArity.OneOrMore, Description = "Files, folders, feed or page URLs" };
        var command = new Command("ingest", "Ingest files, folders, pages and feeds into the store") { inputs };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var json = parse.GetValue(CommonOptions.Json);
            var paths = parse.GetValue(inputs)!.SelectMany(ExpandSafely).ToList();
            await using var runtime = await CliRuntime.OpenAsync(parse.GetValue(CommonOptions.Db)!, cancellationToken);
            var tally = new IngestTally();
            if (!json && !Console.IsOutputRedirected && paths.Count > 1)
            {
                await AnsiConsole.Progress().AutoClear(true).StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("ingesting", maxValue: paths.Count);
                    foreach (var path in paths)
                    {
                        await IngestOneAsync(runtime, path, json, tally, cancellationToken);
                        task.Increment(1);
                    }
                });
            }
            else
            {
                foreach (var path in paths) await IngestOneAsync(runtime, path, json, tally, cancellationToken);
            }
            if (!json)
                Console.Out.WriteLine($"{tally.Stored} stored, {tally.Duplicates} already stored, {tally.Failed} failed, {tally.NewStories} new stories");
            return tally.Stored + tally.Duplicates == 0 && tally.Failed > 0 ? 1 : 0;
        });
        return command;
    }

    private static IEnumerable<string> ExpandSafely(string input)
    {
        if (InputLoader.IsUrl(input)) return [input];
        try
        {
            return DocumentReader.Expand(input).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"storyline: {input}: {e.Message}");
            return [];
        }
    }

    private static async Task IngestOneAsync(CliRuntime runtime, string path, bool json, IngestTally tally, CancellationToken cancellationToken)
    {
        IReadOnlyList<IngestOutcome> outcomes;
        try
        {
            if (InputLoader.IsUrl(path))
            {
                if (!Uri.TryCreate(path, UriKind.Absolute, out var url)) throw new InputRefusedException("not a valid URL");
                outcomes = await runtime.UrlIngestor.IngestAsync(url, cancellationToken);
            }
            else
            {
                var document = await DocumentReader.ReadFileAsync(path, cancellationToken);
                outcomes = [await runtime.Pipeline.IngestAsync(document, cancellationToken)];
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or HttpRequestException
            or InputRefusedException or StoreException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            outcomes = [new IngestOutcome.Rejected(path, e is TaskCanceledException ? "timed out" : e.Message)];
        }
        foreach (var outcome in outcomes) Report(outcome, path, json, tally);
    }

    private static void Report(IngestOutcome outcome, string path, bool json, IngestTally tally)
    {
        switch (outcome)
        {
            case IngestOutcome.Rejected rejected:
                tally.Failed++;
                Console.Error.WriteLine($"storyline: {rejected.Origin}: {rejected.Reason}");
                break;
            case IngestOutcome.Ingested ingested:
                if (ingested.Result is IngestResult.Stored stored)
                {
                    tally.Stored++;
                    if (stored.NewStory) tally.NewStories++;
                }
                else tally.Duplicates++;
                if (json)
                {
                    var d = ingested.Draft;
                    Console.Out.WriteLine(JsonOutput.Line(new Api.Json.ArticleRefJson(ingested.Result.ArticleId, path, d.Url, d.Title, d.Source, StoryJsonMapper.Iso(d.Published))
                    {
                        Story = ingested.Result.StoryId,
                    }));
                }
                break;
        }
    }

    private sealed class IngestTally
    {
        public int Stored { get; set; }
        public int Duplicates { get; set; }
        public int Failed { get; set; }
        public int NewStories { get; set; }
    }
}
