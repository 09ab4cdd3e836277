namespace Storyline.Subscriptions;

/// <summary>How the SMTP connection is secured: <c>none</c>, <c>starttls</c> (required, never silently skipped) or <c>tls</c> (TLS from the first byte).</summary>
public enum SmtpTlsMode
{
    None,
    StartTls,
    Tls,
}
