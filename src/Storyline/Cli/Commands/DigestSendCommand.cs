using System.CommandLine;
using Microsoft.Extensions.Options;
using Storyline.Subscriptions;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>storyline digest send [--now]</c>: queues the digests that are due and sends the outbox over the configured SMTP
/// server (<c>STORYLINE__SMTP__HOST</c>, …); <c>--now</c> sends everything pending, ignoring schedules and retry backoff.
/// </summary>
public static class DigestSendCommand
{
    public static Command Create()
    {
        var now = new Option<bool>("--now") { Description = "Send everything pending now, ignoring digest schedules and retry backoff" };
        var command = new Command("send", "Send the e-mail digests that are due") { now };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var runtime = await CliRuntime.OpenAsync(parse.GetValue(CommonOptions.Db)!, cancellationToken);
            var services = new ServiceCollection();
            services.AddLogging(logging => logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning));
            services.AddSingleton(runtime.Store);
            services.AddStorylineSubscriptions(CliConfiguration.Build());
            await using var provider = services.BuildServiceProvider();
            DigestRunReport report;
            try
            {
                report = await provider.GetRequiredService<DigestRunner>().RunAsync(parse.GetValue(now), cancellationToken);
            }
            catch (OptionsValidationException e)
            {
                throw new CliException(string.Join(' ', e.Failures));
            }
            catch (InvalidOperationException e) when (e.Message.StartsWith("Smtp:", StringComparison.Ordinal) || e.Message.StartsWith("Subscriptions:", StringComparison.Ordinal))
            {
                throw new CliException(e.Message);
            }
            var counts = await runtime.Store.CountOutboxAsync(cancellationToken);
            var send = report.Send;
            if (parse.GetValue(CommonOptions.Json))
            {
                await Console.Out.WriteLineAsync(JsonOutput.Line(new
                {
                    report.Composed, send.Sent, send.Retried, send.Failed, send.ServerUnavailable, send.NotConfigured,
                    Pending = counts.Pending + counts.Sending,
                }));
            }
            else
            {
                await Console.Out.WriteLineAsync($"{report.Composed} digests queued, {send.Sent} mails sent, {send.Retried} to retry, {send.Failed} failed, {counts.Pending + counts.Sending} pending");
            }
            if (send.NotConfigured) throw new CliException("no SMTP server configured (set STORYLINE__SMTP__HOST): mail stays queued", 2);
            if (send.ServerUnavailable) throw new CliException("the SMTP server could not be reached: mail stays queued for the next run", 3);
            return 0;
        });
        return command;
    }
}
