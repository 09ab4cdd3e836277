namespace Storyline.Core.Extraction;

/// <summary>The closed set of results of extracting one page.</summary>
public abstract record ExtractionOutcome
{
    private ExtractionOutcome() { }

    /// <summary>The page held an article.</summary>
    public sealed record Extracted(ExtractedArticle Article) : ExtractionOutcome;

    /// <summary>The page was refused: not text, empty, too large, or no article on it.</summary>
    public sealed record Rejected(string Reason) : ExtractionOutcome;
}
