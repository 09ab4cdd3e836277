using System.Net.Sockets;
using System.Threading.RateLimiting;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Storyline.Storage;
using Storyline.Storage.Subscriptions;

namespace Storyline.Subscriptions;

/// <summary>
/// Sends the outbox over SMTP: claims a batch with a lease, sends each message once on one connection under a global
/// rate limit, and records the result right after the server's answer. Transient refusals are retried with exponential
/// backoff; a permanent refusal of the recipient is recorded and suspends the address; an unreachable server leaves every
/// claimed message pending without using its attempts up. Delivery is at-least-once only in one window (killed between the
/// server's 250 and the database write); such a resend carries the same Message-ID.
/// </summary>
public sealed class OutboxSender : IDisposable
{
    private readonly IStorylineStore _store;
    private readonly IOptions<SmtpOptions> _smtp;
    private readonly SubscriptionOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxSender> _logger;
    private readonly RateLimiter? _rate;
    private readonly SemaphoreSlim _oneRun = new(1, 1);
    private int _outages;
    private int _warnedNoHost;

    public OutboxSender(IStorylineStore store, IOptions<SmtpOptions> smtp, IOptions<SubscriptionOptions> options, TimeProvider time, ILogger<OutboxSender> logger)
    {
        _store = store;
        _smtp = smtp;
        _options = options.Value;
        _time = time;
        _logger = logger;
        if (_options.MaxSendsPerSecond > 0)
        {
            // Tokens every 100 ms, burst of one second: smooth enough for a mail server, cheap at any rate.
            var perTick = Math.Max(1, (int)Math.Round(_options.MaxSendsPerSecond / 10));
            _rate = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = perTick * 10,
                TokensPerPeriod = perTick,
                ReplenishmentPeriod = TimeSpan.FromMilliseconds(100),
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            });
        }
    }

    /// <summary>Sends what is due; <paramref name="ignoreBackoff"/> also sends messages waiting for a retry.</summary>
    public async Task<SendReport> SendPendingAsync(bool ignoreBackoff, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(_smtp.Value.Host))
        {
            // Once per process: the background sender asks every minute, and one line says it all.
            if (Interlocked.Exchange(ref _warnedNoHost, 1) == 0) SubscriptionLog.NoSmtpHost(_logger);
            return new SendReport { NotConfigured = true };
        }
        await _oneRun.WaitAsync(cancellationToken);
        var transports = Enumerable.Range(0, _options.Connections).Select(_ => new SmtpMailTransport(_smtp)).ToList();
        try
        {
            var tally = new Tally();
            while (true)
            {
                var now = _time.GetUtcNow();
                var leaseUntil = now + _options.Lease;
                var batch = await _store.ClaimOutboxAsync(now, ignoreBackoff, _options.BatchSize, leaseUntil, cancellationToken);
                if (batch.Count == 0) break;
                // Each connection takes every n-th message, so the server's latency overlaps across sessions.
                await Task.WhenAll(transports.Select((transport, i) =>
                    SendSliceAsync(transport, batch.Where((_, k) => k % transports.Count == i).ToList(), leaseUntil, tally, cancellationToken)));
                if (tally.Unavailable)
                {
                    SubscriptionLog.ServerUnavailable(_logger, tally.Released, _lastOutage);
                    return tally.Report(serverUnavailable: true);
                }
            }
            _outages = 0;
            return tally.Report(serverUnavailable: false);
        }
        finally
        {
            foreach (var transport in transports) await transport.DisposeAsync();
            _oneRun.Release();
        }
    }

    private async Task SendSliceAsync(SmtpMailTransport transport, IReadOnlyList<OutboxMessage> slice, DateTimeOffset leaseUntil, Tally tally,
        CancellationToken cancellationToken)
    {
        for (var i = 0; i < slice.Count; i++)
        {
            // Past (or nearly past) the lease another node may have claimed the rest: sending them here could send them
            // twice. They are left as they are and come back to whoever claims them once the lease ends.
            if (_time.GetUtcNow() + _smtp.Value.Timeout >= leaseUntil) return;
            if (tally.Unavailable)
            {
                // Another connection found the server gone: leave the rest for later rather than hammer it.
                await ReleaseAsync(slice.Skip(i), tally, cancellationToken);
                return;
            }
            switch (await SendOneAsync(transport, slice[i], cancellationToken))
            {
                case Outcome.Sent: Interlocked.Increment(ref tally.Sent); break;
                case Outcome.Retry: Interlocked.Increment(ref tally.Retried); break;
                case Outcome.Failed: Interlocked.Increment(ref tally.Failed); break;
                default:
                    tally.Unavailable = true;
                    await ReleaseAsync(slice.Skip(i), tally, cancellationToken);
                    return;
            }
        }
    }

    /// <summary>Counts shared by the connections of one run.</summary>
    private sealed class Tally
    {
        public int Sent;
        public int Retried;
        public int Failed;
        public int Released;
        public volatile bool Unavailable;

        public SendReport Report(bool serverUnavailable) => new() { Sent = Sent, Retried = Retried, Failed = Failed, ServerUnavailable = serverUnavailable };
    }

    private enum Outcome
    {
        Sent,
        Retry,
        Failed,
        Unavailable,
    }

    private async Task<Outcome> SendOneAsync(SmtpMailTransport transport, OutboxMessage message, CancellationToken cancellationToken)
    {
        MimeMessage mime;
        using (var stream = new MemoryStream(message.Mime, writable: false))
            mime = await MimeMessage.LoadAsync(stream, cancellationToken);
        if (_rate is not null)
        {
            using var lease = await _rate.AcquireAsync(1, cancellationToken);
        }
        try
        {
            await transport.SendAsync(mime, message.Recipient, cancellationToken);
        }
        catch (SmtpCommandException e) when (e.ErrorCode == SmtpErrorCode.RecipientNotAccepted && (int)e.StatusCode >= 500)
        {
            await transport.ResetAsync(cancellationToken);
            var error = $"{(int)e.StatusCode} recipient refused";
            await _store.MarkOutboxFailedAsync(message.Id, error, suspendSubscriber: true, cancellationToken);
            SubscriptionLog.PermanentFailure(_logger, message.Id, message.SubscriberId, error);
            return Outcome.Failed;
        }
        catch (SmtpCommandException e) when (e.ErrorCode == SmtpErrorCode.MessageNotAccepted && (int)e.StatusCode >= 500)
        {
            await transport.ResetAsync(cancellationToken);
            await _store.MarkOutboxFailedAsync(message.Id, $"{(int)e.StatusCode} message refused", suspendSubscriber: false, cancellationToken);
            SubscriptionLog.GivenUp(_logger, message.Id, message.Attempts + 1, $"{(int)e.StatusCode} message refused");
            return Outcome.Failed;
        }
        catch (SmtpCommandException e) when (e.ErrorCode != SmtpErrorCode.SenderNotAccepted)
        {
            // 4xx: this message, this time. Counted, backed off, given up after MaxAttempts.
            await transport.ResetAsync(cancellationToken);
            var error = $"{(int)e.StatusCode} temporary refusal";
            var attempts = message.Attempts + 1;
            if (attempts >= _options.MaxAttempts)
            {
                await _store.MarkOutboxFailedAsync(message.Id, error, suspendSubscriber: false, cancellationToken);
                SubscriptionLog.GivenUp(_logger, message.Id, attempts, error);
                return Outcome.Failed;
            }
            var next = _time.GetUtcNow() + Backoff(attempts);
            await _store.MarkOutboxRetryAsync(message.Id, error, next, countsAsAttempt: true, cancellationToken);
            SubscriptionLog.Retry(_logger, message.Id, next, error);
            return Outcome.Retry;
        }
        catch (Exception e) when (e is IOException or SocketException or SmtpProtocolException or SmtpCommandException or ServiceNotConnectedException
                                      or AuthenticationException or SslHandshakeException or TimeoutException
                                      || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            await transport.ResetAsync(cancellationToken);
            Interlocked.Increment(ref _outages);
            _lastOutage = e.GetType().Name + ": " + e.Message;
            return Outcome.Unavailable;
        }
        // Recorded at once: the shorter the time between the server's 250 and this write, the smaller the resend window.
        await _store.MarkOutboxSentAsync(message.Id, _time.GetUtcNow(), CancellationToken.None);
        return Outcome.Sent;
    }

    private volatile string _lastOutage = "";

    private async Task ReleaseAsync(IEnumerable<OutboxMessage> untried, Tally tally, CancellationToken cancellationToken)
    {
        var next = _time.GetUtcNow() + Backoff(Volatile.Read(ref _outages));
        foreach (var message in untried)
        {
            await _store.MarkOutboxRetryAsync(message.Id, "server unavailable: " + _lastOutage, next, countsAsAttempt: false, cancellationToken);
            Interlocked.Increment(ref tally.Released);
        }
    }

    /// <summary>RetryBaseDelay × 2^(n−1), capped at RetryMaxDelay.</summary>
    public TimeSpan Backoff(int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(_options.RetryBaseDelay.Ticks * factor, _options.RetryMaxDelay.Ticks));
        return delay;
    }

    public void Dispose()
    {
        _rate?.Dispose();
        _oneRun.Dispose();
    }
}
