using Storyline.Core.Analysis;
using Storyline.Storage.Model;

namespace Storyline.Stories;

/// <summary>Everything a story page shows.</summary>
public sealed record StoryView(StoryDetail Story, StoryInsights Insights, IReadOnlyList<CommentRecord> Comments)
{
    /// <summary>Other stories naming the same people, places or organisations (looked up for the page only).</summary>
    public IReadOnlyList<RelatedStory> Related { get; init; } = [];
}
