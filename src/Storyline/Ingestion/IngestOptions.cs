namespace Storyline.Ingestion;

/// <summary>Settings of the ingestion pipeline (configuration section "Ingest").</summary>
public sealed record IngestOptions
{
    /// <summary>How far back the clusterer looks for a story to join (default 14 days).</summary>
    public TimeSpan ClusterWindow { get; init; } = TimeSpan.FromDays(14);
}
