namespace Storyline.Storage.Model;

/// <summary>Which stories to list: a page of the ranking, optionally only those naming an entity or topic.</summary>
public sealed record StoryListQuery
{
    public int Offset { get; init; }
    public int Limit { get; init; } = 50;

    /// <summary>Ranking reference time; stories lose weight with age relative to it.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Only stories with a topic or entity of this name (case-insensitive), when set.</summary>
    public string? Filter { get; init; }
}
