namespace Storyline.Core.Clustering;

/// <summary>Online story assignment: each article joins a story active in the time window or opens a new one.</summary>
public interface IStoryClusterer
{
    /// <summary>Assigns <paramref name="document"/>; <paramref name="newStoryId"/> allocates an id when a story opens.</summary>
    StoryAssignment Assign(ClusterDocument document, Func<long> newStoryId);

    /// <summary>Puts an article already assigned back into the index (warm start from storage).</summary>
    void Restore(ClusterDocument document, long storyId);
}
