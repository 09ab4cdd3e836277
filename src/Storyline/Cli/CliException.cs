namespace Storyline.Cli;

/// <summary>A user-facing failure: printed as one line on stderr, never as a stack trace.</summary>
public sealed class CliException(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
