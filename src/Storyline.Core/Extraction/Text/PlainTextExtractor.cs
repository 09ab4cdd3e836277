namespace Storyline.Core.Extraction.Text;

/// <summary>Extracts the story from a plain-text page by classifying its lines.</summary>
public sealed class PlainTextExtractor
{
    private readonly ExtractionOptions _options;

    public PlainTextExtractor(ExtractionOptions? options = null) => _options = options ?? ExtractionOptions.Default;

    public ExtractionOutcome Extract(string text)
    {
        var paragraphs = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (paragraphs.Count == 0) return new ExtractionOutcome.Rejected("no text");
        return new ExtractionOutcome.Extracted(new ExtractedArticle { Title = paragraphs[0], Paragraphs = paragraphs.Skip(1).ToList() });
    }
}
