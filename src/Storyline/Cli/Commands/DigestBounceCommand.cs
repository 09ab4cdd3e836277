using System.CommandLine;
using Storyline.Subscriptions;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>storyline digest bounce FILE…</c> (<c>-</c>: standard input): reads returned mails (delivery status notifications)
/// and suspends the addresses that failed permanently; an MTA alias can pipe bounces straight into it.
/// </summary>
public static class DigestBounceCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("file") { Description = "Returned mails (.eml); - reads one from standard input", Arity = ArgumentArity.OneOrMore };
        var command = new Command("bounce", "Record bounced digests: a permanent failure suspends the address") { files };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var runtime = await CliRuntime.OpenAsync(parse.GetValue(CommonOptions.Db)!, cancellationToken);
            using var loggers = LoggerFactory.Create(logging => logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning));
            var processor = new BounceProcessor(runtime.Store, loggers.CreateLogger<BounceProcessor>());
            var json = parse.GetValue(CommonOptions.Json);
            foreach (var file in parse.GetValue(files)!)
            {
                BounceOutcome outcome;
                try
                {
                    await using var stream = file == "-" ? Console.OpenStandardInput() : File.OpenRead(file);
                    outcome = await processor.ProcessAsync(stream, cancellationToken);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new CliException($"cannot read {file}: {e.Message}");
                }
                var (kind, text, subscriber, status) = outcome switch
                {
                    BounceOutcome.Suspended s => ("suspended", $"permanent failure {s.Status}: subscriber {s.SubscriberId} suspended", (long?)s.SubscriberId, s.Status),
                    BounceOutcome.Transient t => ("transient", $"temporary failure {t.Status}: nothing to do, the outbox retries", null, t.Status),
                    BounceOutcome.UnknownMessage => ("unknown", "a failure report about a message this store does not know", null, null),
                    BounceOutcome.NotABounce n => ("ignored", "not a bounce: " + n.Reason, null, null),
                    _ => ("ignored", "not a bounce", null, (string?)null),
                };
                await Console.Out.WriteLineAsync(json ? JsonOutput.Line(new { File = file, Outcome = kind, Subscriber = subscriber, Status = status }) : $"{file}: {text}");
            }
            return 0;
        });
        return command;
    }
}
