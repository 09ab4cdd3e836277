namespace Storyline.Core.Clustering;

/// <summary>Where one article went: its story, whether that story is new, and what else happened.</summary>
public sealed record StoryAssignment
{
    public required long StoryId { get; init; }
    public required bool IsNewStory { get; init; }

    /// <summary>Stories folded into <see cref="StoryId"/> because they converged.</summary>
    public IReadOnlyList<long> MergedStoryIds { get; init; } = [];

    /// <summary>The id of the article this one is a near-duplicate (syndicated copy) of, if any.</summary>
    public string? DuplicateOf { get; init; }
}
