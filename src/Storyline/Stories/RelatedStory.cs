using Storyline.Storage.Model;

namespace Storyline.Stories;

/// <summary>Another story that names some of the same people, places or organisations.</summary>
public sealed record RelatedStory
{
    public required StorySummary Story { get; init; }
    public required IReadOnlyList<string> Shared { get; init; }
}
