using System.CommandLine;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline serve</c>.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Serve");
        command.SetAction(int (_) => throw new CliException("'serve' is not implemented yet"));
        return command;
    }
}
