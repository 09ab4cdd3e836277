using System.CommandLine;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline cluster</c>.</summary>
public static class ClusterCommand
{
    public static Command Create()
    {
        var command = new Command("cluster", "Cluster");
        command.SetAction(int (_) => throw new CliException("'cluster' is not implemented yet"));
        return command;
    }
}
