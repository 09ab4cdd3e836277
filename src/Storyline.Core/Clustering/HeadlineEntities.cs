using Storyline.Core.Analysis;

namespace Storyline.Core.Clustering;

/// <summary>
/// Adds the analysis stage's entities of each headline to a batch before clustering. A headline is where the
/// capitalisation heuristics know least (Title Case capitalises every word), and tagging it is cheap (tens of
/// microseconds); the body's names the scanner finds well enough (tagging bodies too measured no better).
/// </summary>
public static class HeadlineEntities
{
    /// <summary>The documents, in order, each with its title's entities added to those it had; titles are tagged in parallel.</summary>
    public static IReadOnlyList<ClusterDocument> Attach(IReadOnlyList<ClusterDocument> documents, ArticleAnalyzer analyzer, CancellationToken cancellationToken = default)
    {
        var result = new ClusterDocument[documents.Count];
        Parallel.For(0, documents.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var document = documents[i];
            var headline = analyzer.Analyze(document.Title).Entities;
            result[i] = headline.Count == 0 ? document : document with { Entities = [.. document.Entities, .. headline] };
        });
        return result;
    }
}
