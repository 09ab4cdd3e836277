using System.CommandLine;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline comments import</c>.</summary>
public static class CommentsImportCommand
{
    public static Command Create()
    {
        var command = new Command("import", "Import comments");
        command.SetAction(int (_) => throw new CliException("'comments import' is not implemented yet"));
        return command;
    }
}
