namespace Storyline.Core.Analysis;

/// <summary>Entry point of the analysis stage: entities, quotes and numeric claims of one text.</summary>
public sealed class ArticleAnalyzer
{
    /// <summary>Analyses <paramref name="text"/>; never throws for odd input.</summary>
    public TextAnalysis Analyze(string text)
    {
        // Placeholder until the trained tagger and quote finder land (issue 9).
        _ = text;
        return TextAnalysis.Empty;
    }
}
