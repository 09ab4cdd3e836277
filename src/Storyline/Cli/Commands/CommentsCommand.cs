using System.CommandLine;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline comments</c>.</summary>
public static class CommentsCommand
{
    public static Command Create()
    {
        var command = new Command("comments", "Comments");
        command.SetAction(int (_) => throw new CliException("'comments' is not implemented yet"));
        return command;
    }
}
