using Storyline.Core.Clustering;

namespace Storyline.Bench.Clustering;

/// <summary>Every article alone: the trivial lower bound of the READMEs.</summary>
internal sealed class SingletonClusterer : IStoryClusterer
{
    public StoryAssignment Assign(ClusterDocument document, Func<long> newStoryId) =>
        new() { StoryId = newStoryId(), IsNewStory = true };

    public void Restore(ClusterDocument document, long storyId) { }
}
