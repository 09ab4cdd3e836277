namespace Storyline.Subscriptions;

/// <summary>What one outbox run did.</summary>
public sealed record SendReport
{
    public int Sent { get; init; }
    public int Retried { get; init; }
    public int Failed { get; init; }

    /// <summary>The server could not be reached: the run stopped and the rest waits for a later attempt.</summary>
    public bool ServerUnavailable { get; init; }

    /// <summary>No SMTP host is configured: nothing was attempted.</summary>
    public bool NotConfigured { get; init; }
}
