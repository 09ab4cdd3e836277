using System.CommandLine;
using Storyline.Cli;
using Storyline.Cli.Commands;

namespace Storyline.Tests.Subscriptions;

/// <summary><c>storyline digest send</c> without a configured server: a one-line error, mail kept.</summary>
public sealed class DigestCommandTests
{
    [Fact]
    public async Task DigestSend_WithoutSmtpHost_FailsWithOneLineAndKeepsTheQueue()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("STORYLINE__SMTP__HOST")))
            Assert.Skip("STORYLINE__SMTP__HOST is set in this environment");
        var directory = Path.Combine(Path.GetTempPath(), "storyline-digest-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var root = CliApp.Build();
            if (!root.Subcommands.Any(c => c.Name == "digest")) root.Subcommands.Add(DigestCommand.Create());
            var error = new StringWriter();
            var output = new StringWriter();
            var originalError = Console.Error;
            var originalOut = Console.Out;
            int code;
            try
            {
                Console.SetError(error);
                Console.SetOut(output);
                code = await root.Parse(["digest", "send", "--now", "--db", Path.Combine(directory, "cli.db")]).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, TestContext.Current.CancellationToken);
            }
            catch (CliException e)
            {
                code = e.ExitCode;
                Assert.Contains("STORYLINE__SMTP__HOST", e.Message, StringComparison.Ordinal);
            }
            finally
            {
                Console.SetError(originalError);
                Console.SetOut(originalOut);
            }
            Assert.Equal(2, code);
            Assert.Contains("0 digests queued", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
