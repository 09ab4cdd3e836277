using System.CommandLine;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline story</c>.</summary>
public static class StoryCommand
{
    public static Command Create()
    {
        var command = new Command("story", "Story");
        command.SetAction(int (_) => throw new CliException("'story' is not implemented yet"));
        return command;
    }
}
