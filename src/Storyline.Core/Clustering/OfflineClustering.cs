namespace Storyline.Core.Clustering;

/// <summary>
/// Clusters a batch the way the live pipeline would: articles sorted by publication time (stable, so input order
/// breaks ties), assigned one by one, and every article reported in its final story after later merges, including
/// the offline refinement pass of <see cref="OnlineStoryClusterer"/>.
/// </summary>
public static class OfflineClustering
{
    /// <summary>The final story id of each document, in the order given.</summary>
    public static long[] Run(IReadOnlyList<ClusterDocument> documents, IStoryClusterer clusterer)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(clusterer);
        var online = clusterer as OnlineStoryClusterer;
        online?.PrimeStatistics(documents);
        online?.KeepStoriesForRefinement();
        var order = Enumerable.Range(0, documents.Count).OrderBy(i => documents[i].Published).ThenBy(i => i).ToArray();
        var stories = new long[documents.Count];
        var mergedInto = new Dictionary<long, long>();
        long next = 0;
        foreach (var i in order)
        {
            var assignment = clusterer.Assign(documents[i], () => ++next);
            stories[i] = assignment.StoryId;
            foreach (var merged in assignment.MergedStoryIds) mergedInto[merged] = assignment.StoryId;
        }
        // The batch is known as a whole here, so stories the online pass kept apart get a second look.
        if (online is not null)
            foreach (var (absorbed, into) in online.RefineBatch()) mergedInto[absorbed] = into;
        for (var i = 0; i < stories.Length; i++) stories[i] = Resolve(stories[i], mergedInto);
        return stories;
    }

    private static long Resolve(long story, Dictionary<long, long> mergedInto)
    {
        // Chains are short (a story merges a handful of times at most); the guard bounds a malformed cycle.
        for (var hops = 0; hops < 10_000 && mergedInto.TryGetValue(story, out var next) && next != story; hops++) story = next;
        return story;
    }
}
