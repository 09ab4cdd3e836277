namespace Storyline.Subscriptions;

/// <summary>Digest subscriptions (section <c>Subscriptions</c>): links, token lifetimes, sending limits and retries.</summary>
public sealed class SubscriptionOptions
{
    public const string Section = "Subscriptions";

    /// <summary>HMAC key for links (at least 32 characters); when absent a random key is generated once and kept in the database.</summary>
    public string? SigningKey { get; set; }

    /// <summary>
    /// Where readers reach the site; links in mails start with it. Configured rather than taken from the request's Host
    /// header, which a client chooses and could point at another site.
    /// </summary>
    public string PublicUrl { get; set; } = "http://127.0.0.1:5080/";

    /// <summary>How long a confirmation link works.</summary>
    public TimeSpan ConfirmTokenLifetime { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How long the unsubscribe and preferences links of a mail work.</summary>
    public TimeSpan LinkTokenLifetime { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Global send-rate limit across all recipients; 0 means unlimited.</summary>
    public double MaxSendsPerSecond { get; set; } = 20;

    /// <summary>Attempts before a message that keeps failing transiently is given up.</summary>
    public int MaxAttempts { get; set; } = 12;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long a claimed message stays with its sender before another may take it (a sender that died).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>SMTP connections used at once; each sends its share of a batch over one session.</summary>
    public int Connections { get; set; } = 4;

    /// <summary>Messages claimed per round trip to the store.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Articles listed in one digest at most.</summary>
    public int MaxItemsPerDigest { get; set; } = 30;

    /// <summary>At most one confirmation mail per subscription in this window, however often the form is posted.</summary>
    public TimeSpan ConfirmationCooldown { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the web host's background sender looks for due digests and queued mail.</summary>
    public TimeSpan SendInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Whether the web host sends in the background (off: only <c>storyline digest send</c> does).</summary>
    public bool BackgroundSending { get; set; } = true;
}
