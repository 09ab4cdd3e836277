using Storyline.Core.Analysis;

namespace Storyline.Core.Clustering;

/// <summary>What the clustering stage sees of one article.</summary>
public sealed record ClusterDocument
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Text { get; init; }
    public required DateTimeOffset Published { get; init; }
    public required string Source { get; init; }

    /// <summary>Entities found by the analysis stage, when it ran.</summary>
    public IReadOnlyList<EntityMention> Entities { get; init; } = [];
}
