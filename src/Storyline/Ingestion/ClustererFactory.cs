using Storyline.Core.Clustering;

namespace Storyline.Ingestion;

/// <summary>Chooses the story clusterer the pipeline uses.</summary>
public static class ClustererFactory
{
    public static IStoryClusterer Create() => new OnlineStoryClusterer();
}
