using Storyline.Core.Analysis.Coreference;
using Storyline.Core.Analysis.Story;

namespace Storyline.Core.Analysis;

/// <summary>Merges per-article analyses into story-level insights (aliases across outlets, differences).</summary>
public sealed class StoryAnalyzer
{
    /// <summary>At most this many claims are listed per story.</summary>
    public const int MaxClaims = 60;

    /// <summary>Merges the analyses of one story's articles.</summary>
    public StoryInsights Merge(IReadOnlyList<AnalyzedArticle> articles)
    {
        if (articles.Count == 0) return StoryInsights.Empty;
        var clusters = EntityMerger.Merge(articles);
        var entities = clusters
            .Select(c => new StoryEntity(c.Name, c.Type, [.. c.Forms.Keys.Where(f => f != c.Name).Order(StringComparer.Ordinal)], [.. c.Articles]))
            .ToList();
        var quotes = articles
            .SelectMany(a => a.Analysis.Quotes.Select(q => new StoryQuote(StoryName(q.Speaker, clusters), q.Text, a.Id)))
            .ToList();
        var claims = articles
            .SelectMany(a => a.Analysis.Claims.Select(c => (a.Id, Claim: c)))
            .GroupBy(x => (DifferenceFinder.UnitKey(x.Claim.Unit), x.Claim.Value))
            .Select(g => new StoryClaim(
                g.GroupBy(x => x.Claim.Text, StringComparer.Ordinal).OrderByDescending(t => t.Count()).First().Key,
                g.Key.Value,
                [.. g.Select(x => x.Id).Distinct(StringComparer.Ordinal)]))
            .OrderByDescending(c => c.Articles.Count)
            .Take(MaxClaims)
            .ToList();
        return new StoryInsights
        {
            Entities = entities,
            Quotes = quotes,
            Claims = claims,
            Differences = DifferenceFinder.Find(articles, clusters),
        };
    }

    /// <summary>The story-wide name of a speaker ("Fred Pleitgen" in one outlet is "Frederik Pleitgen" of the story).</summary>
    private static string? StoryName(string? speaker, List<EntityMerger.Cluster> clusters)
    {
        if (speaker is null) return null;
        var key = NameMatcher.Normalize(speaker);
        var cluster = clusters.Find(c => c.Keys.Contains(key));
        return cluster?.Name ?? speaker;
    }
}
