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

    [Fact]
    public async Task DigestBounce_ReadsReturnedMails_AndSaysWhatEachWas()
    {
        var directory = Path.Combine(Path.GetTempPath(), "storyline-bounce-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var reply = Path.Combine(directory, "reply.eml");
            await File.WriteAllTextAsync(reply, "From: reader@example.org\r\nSubject: Re: digest\r\n\r\nThanks!\r\n", TestContext.Current.CancellationToken);
            var unknown = Path.Combine(directory, "unknown.eml");
            await File.WriteAllBytesAsync(unknown, BounceTests.Report("elsewhere@example.net", "failed", "5.1.1"), TestContext.Current.CancellationToken);
            var output = new StringWriter();
            var originalOut = Console.Out;
            int code;
            try
            {
                Console.SetOut(output);
                code = await CliApp.Build().Parse(["digest", "bounce", reply, unknown, "--json", "--db", Path.Combine(directory, "cli.db")])
                    .InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, TestContext.Current.CancellationToken);
            }
            finally
            {
                Console.SetOut(originalOut);
            }
            Assert.Equal(0, code);
            var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            Assert.Contains("\"outcome\":\"ignored\"", lines[0], StringComparison.Ordinal);
            Assert.Contains("\"outcome\":\"unknown\"", lines[1], StringComparison.Ordinal);
            Assert.DoesNotContain("someone@example.net", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
