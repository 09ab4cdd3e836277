using System.CommandLine;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline comments score</c>.</summary>
public static class CommentsScoreCommand
{
    public static Command Create()
    {
        var command = new Command("score", "Score comments");
        command.SetAction(int (_) => throw new CliException("'comments score' is not implemented yet"));
        return command;
    }
}
