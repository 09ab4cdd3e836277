using Storyline.Storage.Model;

namespace Storyline.Ingestion;

/// <summary>What happened to one input.</summary>
public abstract record IngestOutcome(string Origin)
{
    /// <summary>Stored, or recognised as already stored.</summary>
    public sealed record Ingested(string Origin, ArticleDraft Draft, IngestResult Result) : IngestOutcome(Origin);

    /// <summary>Refused, with the reason shown to the user.</summary>
    public sealed record Rejected(string Origin, string Reason) : IngestOutcome(Origin);
}
