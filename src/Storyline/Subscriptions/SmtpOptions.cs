namespace Storyline.Subscriptions;

/// <summary>The SMTP server digests go through (section <c>Smtp</c>; <c>STORYLINE__SMTP__HOST</c>, <c>__PORT</c>, <c>__USERNAME</c>, <c>__PASSWORD</c>, <c>__TLS</c>, <c>__FROM</c>).</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    /// <summary>No host: mail is queued in the outbox and waits until one is configured.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 25;
    public string? Username { get; set; }
    public string? Password { get; set; }

    /// <summary>Defaults to STARTTLS, required: credentials and addresses never cross the network in clear unless asked.</summary>
    public SmtpTlsMode Tls { get; set; } = SmtpTlsMode.StartTls;

    /// <summary>The From address, optionally with a display name (<c>Storyline &lt;digest@example.org&gt;</c>).</summary>
    public string From { get; set; } = "Storyline <storyline@localhost>";

    /// <summary>Per SMTP command.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
