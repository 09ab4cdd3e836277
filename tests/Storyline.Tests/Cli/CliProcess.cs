using System.Diagnostics;
using System.Text;

namespace Storyline.Tests.Cli;

/// <summary>Runs the built <c>storyline</c> program as a child process, as a user's shell would.</summary>
public static class CliProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "storyline.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return info;
    }

    public static async Task<Result> RunAsync(params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"storyline {string.Join(' ', args)} ran past {Limit}");
        }
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
