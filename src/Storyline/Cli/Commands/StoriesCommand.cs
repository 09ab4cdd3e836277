using System.CommandLine;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline stories</c>.</summary>
public static class StoriesCommand
{
    public static Command Create()
    {
        var command = new Command("stories", "Stories");
        command.SetAction(int (_) => throw new CliException("'stories' is not implemented yet"));
        return command;
    }
}
