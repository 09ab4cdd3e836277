using MimeKit;
using Storyline.Storage;

namespace Storyline.Subscriptions;

/// <summary>
/// Reads bounces that arrive after the SMTP server accepted a message: RFC 3464 delivery status notifications
/// (multipart/report; report-type=delivery-status), as an MTA pipes them to <c>storyline digest bounce -</c>. A permanent
/// failure suspends the subscriber of the message named by the report's copy of the original headers; anything else
/// changes nothing. MimeKit does the parsing; only the decision is ours.
/// </summary>
public sealed class BounceProcessor(IStorylineStore store, ILogger<BounceProcessor> logger)
{
    /// <summary>Largest returned mail read; a report with the whole original attached is far below this.</summary>
    public const int MaxBounceBytes = 4 * 1024 * 1024;

    public async Task<BounceOutcome> ProcessAsync(Stream mail, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await mail.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBounceBytes) return new BounceOutcome.NotABounce($"larger than {MaxBounceBytes} bytes");
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        MimeMessage message;
        try
        {
            message = await MimeMessage.LoadAsync(buffer, cancellationToken);
        }
        catch (FormatException)
        {
            return new BounceOutcome.NotABounce("not a MIME message");
        }
        var report = message.BodyParts.OfType<MessageDeliveryStatus>().FirstOrDefault();
        if (report is null) return new BounceOutcome.NotABounce("no delivery-status report");
        // Group 0 is about the message, the others one recipient each (RFC 3464 §2.1).
        var failures = report.StatusGroups.Skip(1)
            .Select(g => (Action: (g["Action"] ?? "").Trim().ToLowerInvariant(), Status: StatusCode(g["Status"])))
            .Where(g => g.Action is "failed" or "delayed")
            .ToList();
        if (failures.Count == 0) return new BounceOutcome.NotABounce("the report shows no failed or delayed recipient");
        var permanent = failures.FirstOrDefault(f => f.Action == "failed" && f.Status.StartsWith('5'));
        if (permanent.Status is null or "") return new BounceOutcome.Transient(failures[0].Status);
        var original = message.BodyParts.OfType<MessagePart>().Select(p => p.Message?.MessageId).FirstOrDefault(id => !string.IsNullOrEmpty(id));
        if (original is null) return new BounceOutcome.UnknownMessage();
        var reason = $"bounce {permanent.Status}";
        if (await store.SuspendByMessageIdAsync(original, reason, cancellationToken) is not { } subscriberId) return new BounceOutcome.UnknownMessage();
        SubscriptionLog.Bounced(logger, subscriberId, permanent.Status);
        return new BounceOutcome.Suspended(subscriberId, permanent.Status);
    }

    /// <summary>The enhanced status code alone (<c>5.1.1</c>), never the free text after it, which may quote the address.</summary>
    private static string StatusCode(string? status)
    {
        var code = (status ?? "").Trim().Split(' ', 2)[0];
        return code.Length <= 16 && code.All(c => char.IsAsciiDigit(c) || c == '.') ? code : "";
    }
}
