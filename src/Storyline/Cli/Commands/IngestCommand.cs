using System.CommandLine;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline ingest</c>.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var command = new Command("ingest", "Ingest");
        command.SetAction(int (_) => throw new CliException("'ingest' is not implemented yet"));
        return command;
    }
}
