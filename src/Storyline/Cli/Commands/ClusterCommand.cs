using System.CommandLine;
using Storyline.Core.Analysis;
using Storyline.Core.Clustering;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>storyline cluster --input FILE.jsonl</c>: offline story clustering. Lines <c>{"id","title","text","published","source"}</c>
/// in any order; headlines are tagged for names (in parallel), the batch is sorted by <c>published</c> and assigned online, and one <c>{"id","story"}</c> line is
/// printed per usable input line, in input order. Bad lines are reported on stderr and skipped.
/// </summary>
public static class ClusterCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "JSON Lines file of articles ('-' for standard input)", Required = true };
        var command = new Command("cluster", "Group articles into stories (offline evaluation mode)") { input };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(input)!;
            var documents = new List<ClusterDocument>();
            var bad = 0;
            var lineNumber = 0;
            using (var reader = Open(path))
            {
                while (await reader.ReadLineAsync(cancellationToken) is { } line)
                {
                    lineNumber++;
                    if (string.IsNullOrWhiteSpace(line)) continue;
                    switch (ClusterInputReader.Parse(line))
                    {
                        case ClusterInputLine.Parsed parsed:
                            documents.Add(parsed.Document);
                            if (parsed.Warning is not null) await Console.Error.WriteLineAsync($"storyline: {path}:{lineNumber}: {parsed.Warning}");
                            break;
                        case ClusterInputLine.Invalid invalid:
                            bad++;
                            await Console.Error.WriteLineAsync($"storyline: {path}:{lineNumber}: {invalid.Reason}; line skipped");
                            break;
                    }
                }
            }
            if (documents.Count == 0 && bad > 0) throw new CliException($"{path}: no usable line ({bad} bad)");

            var tagged = HeadlineEntities.Attach(documents, new ArticleAnalyzer(), cancellationToken);
            var stories = OfflineClustering.Run(tagged, new OnlineStoryClusterer());
            var output = Console.Out;
            for (var i = 0; i < documents.Count; i++)
                await output.WriteLineAsync(JsonOutput.Line(new { id = documents[i].Id, story = stories[i] }));
            await output.FlushAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    private static StreamReader Open(string path)
    {
        if (path == "-") return new StreamReader(Console.OpenStandardInput());
        try
        {
            return new StreamReader(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"cannot read {path}: {e.Message}");
        }
    }
}
