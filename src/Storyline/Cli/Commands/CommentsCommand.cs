using System.CommandLine;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline comments …</c>: scoring and importing reader comments.</summary>
public static class CommentsCommand
{
    public static Command Create()
    {
        var command = new Command("comments", "Score and import reader comments");
        command.Subcommands.Add(CommentsScoreCommand.Create());
        command.Subcommands.Add(CommentsImportCommand.Create());
        command.Subcommands.Add(CommentsExportCommand.Create());
        command.Subcommands.Add(CommentsTrainCommand.Create());
        return command;
    }
}
