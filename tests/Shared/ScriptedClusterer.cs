using Storyline.Core.Clustering;

namespace Storyline.Testing;

/// <summary>A clusterer a test steers: it opens a new story unless <see cref="Next"/> names the assignment (and the stories it merges).</summary>
internal sealed class ScriptedClusterer : IStoryClusterer
{
    public (long StoryId, long[] Merged)? Next { get; set; }

    public StoryAssignment Assign(ClusterDocument document, Func<long> newStoryId)
    {
        if (Next is not { } next) return new StoryAssignment { StoryId = newStoryId(), IsNewStory = true };
        Next = null;
        return new StoryAssignment { StoryId = next.StoryId, IsNewStory = false, MergedStoryIds = next.Merged };
    }

    public void Restore(ClusterDocument document, long storyId)
    {
    }
}
