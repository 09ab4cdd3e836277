using System.CommandLine;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline digest send [--now]</c> and <c>storyline digest bounce FILE…</c>: e-mail digests.</summary>
public static class DigestCommand
{
    public static Command Create()
    {
        var command = new Command("digest", "E-mail digests of followed stories, topics, entities and outlets");
        command.Subcommands.Add(DigestSendCommand.Create());
        command.Subcommands.Add(DigestBounceCommand.Create());
        return command;
    }
}
