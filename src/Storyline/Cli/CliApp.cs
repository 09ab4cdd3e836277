using System.CommandLine;
using Storyline.Cli.Commands;

namespace Storyline.Cli;

/// <summary>The command-line contract of DESIGN.md: one root command, one file per subcommand.</summary>
public static class CliApp
{
    /// <summary>Parses <paramref name="args"/> and runs the chosen command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var root = Build();
        var config = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        try
        {
            return await root.Parse(args).InvokeAsync(config);
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("storyline: cancelled");
            return 130;
        }
        catch (CliException e)
        {
            await Console.Error.WriteLineAsync($"storyline: {e.Message}");
            return e.ExitCode;
        }
    }

    /// <summary>The whole command tree.</summary>
    public static RootCommand Build()
    {
        var root = new RootCommand("Storyline: a self-hosted news aggregator.");
        root.Options.Add(CommonOptions.Db);
        root.Options.Add(CommonOptions.Json);
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(StoriesCommand.Create());
        root.Subcommands.Add(StoryCommand.Create());
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(ClusterCommand.Create());
        root.Subcommands.Add(CommentsCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(DigestCommand.Create());
        root.Subcommands.Add(FeedsCommand.Create(parse => new FeedStoreHandle(parse.GetValue(CommonOptions.Db)!)));
        return root;
    }
}
