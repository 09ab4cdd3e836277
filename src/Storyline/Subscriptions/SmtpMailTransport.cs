using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Storyline.Subscriptions;

/// <summary>One MailKit SMTP connection, opened on first use and reused for a whole batch (one handshake, many messages).</summary>
public sealed class SmtpMailTransport(IOptions<SmtpOptions> options) : IAsyncDisposable
{
    private readonly SmtpClient _client = new() { Timeout = (int)options.Value.Timeout.TotalMilliseconds };

    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.Host);

    public async Task SendAsync(MimeMessage message, string recipient, CancellationToken cancellationToken)
    {
        await EnsureConnectedAsync(cancellationToken);
        var sender = message.From.Mailboxes.First();
        await _client.SendAsync(message, sender, [new MailboxAddress("", recipient)], cancellationToken);
    }

    /// <summary>Drops the connection (after an error, so the next message starts clean).</summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (_client.IsConnected) await _client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception e) when (e is IOException or SmtpProtocolException or OperationCanceledException or System.Net.Sockets.SocketException or SmtpCommandException)
        {
            // The connection is being thrown away: a failing QUIT changes nothing.
        }
    }

    private async Task EnsureConnectedAsync(CancellationToken cancellationToken)
    {
        if (_client.IsConnected) return;
        var o = options.Value;
        var security = o.Tls switch
        {
            SmtpTlsMode.None => SecureSocketOptions.None,
            SmtpTlsMode.Tls => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
        await _client.ConnectAsync(o.Host ?? "", o.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(o.Username)) await _client.AuthenticateAsync(o.Username, o.Password ?? "", cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await ResetAsync(CancellationToken.None);
        _client.Dispose();
    }
}
