namespace Storyline.Web.Admin;

/// <summary>Operator login (configuration section "Admin", env STORYLINE__ADMIN__PASSWORD).</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>The operator's user name.</summary>
    public string User { get; set; } = "admin";

    /// <summary>The operator password; when empty a random one is generated and printed once at start.</summary>
    public string? Password { get; set; }

    /// <summary>PBKDF2-SHA256 iterations (OWASP 2023: at least 600,000).</summary>
    public int Iterations { get; set; } = 600_000;

    /// <summary>Failed logins from one client before it is locked out.</summary>
    public int MaxFailures { get; set; } = 5;

    /// <summary>How long a lockout lasts.</summary>
    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Largest OPML file the feed import form accepts.</summary>
    public long MaxOpmlBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>How long an operator session lasts without activity.</summary>
    public TimeSpan Session { get; set; } = TimeSpan.FromHours(8);
}
