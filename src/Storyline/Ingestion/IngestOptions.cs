namespace Storyline.Ingestion;

/// <summary>Settings of the ingestion pipeline (configuration section "Ingest").</summary>
public sealed record IngestOptions
{
    /// <summary>How far back the clusterer looks for a story to join (default 14 days).</summary>
    public TimeSpan ClusterWindow { get; init; } = TimeSpan.FromDays(14);

    /// <summary>Longest sleep of the feed poller when no feed is due (default 1 minute).</summary>
    public TimeSpan IdlePoll { get; init; } = TimeSpan.FromMinutes(1);
}
