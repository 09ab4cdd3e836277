namespace Storyline.Core.Analysis;

/// <summary>Merges per-article analyses into story-level insights (aliases across outlets, differences).</summary>
public sealed class StoryAnalyzer
{
    /// <summary>Merges the analyses of one story's articles.</summary>
    public StoryInsights Merge(IReadOnlyList<AnalyzedArticle> articles)
    {
        // Placeholder: plain union without alias merging until issue 9 lands.
        var entities = articles
            .SelectMany(a => a.Analysis.Entities.Select(e => (Name: e.Canonical ?? e.Text, e.Type, Article: a.Id)))
            .GroupBy(e => (e.Name, e.Type))
            .Select(g => new StoryEntity(g.Key.Name, g.Key.Type, [], g.Select(x => x.Article).Distinct().ToList()))
            .ToList();
        var quotes = articles.SelectMany(a => a.Analysis.Quotes.Select(q => new StoryQuote(q.Speaker, q.Text, a.Id))).ToList();
        return new StoryInsights { Entities = entities, Quotes = quotes, Claims = [], Differences = [] };
    }
}
