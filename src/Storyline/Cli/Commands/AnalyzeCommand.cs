using System.CommandLine;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline analyze</c>.</summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var command = new Command("analyze", "Analyze");
        command.SetAction(int (_) => throw new CliException("'analyze' is not implemented yet"));
        return command;
    }
}
