using Storyline.Core.Extraction;
using Storyline.Core.Extraction.Text;

namespace Storyline.Core.Tests.Extraction.Text;

public sealed class BoilerplateMemoryTests
{
    private const string Footer = "Stay with the Harbour Gazette on every platform for the full picture";

    private static string Page(string headline, string body) => $"{headline}\n\n{body}\n\n{Footer}\n";

    private static ExtractedArticle Extract(PlainTextExtractor extractor, string text) =>
        Assert.IsType<ExtractionOutcome.Extracted>(extractor.Extract(text)).Article;

    [Fact]
    public void Extract_LineRepeatedUnderDifferentHeadlines_IsDroppedOnceLearned()
    {
        var extractor = new PlainTextExtractor(memory: new BoilerplateMemory { Threshold = 3 });
        Extract(extractor, Page("Bridge closes for repairs", "The bridge closes in March, engineers said on Tuesday."));
        Extract(extractor, Page("Ferries run every 15 minutes", "The city adds ferries during the closure, officials said."));
        Extract(extractor, Page("Traders fear lost customers", "Shop owners near the bridge fear losing a third of trade."));
        var fourth = Extract(extractor, Page("Council approves budget", "The council approved the harbour budget on Thursday evening."));
        Assert.DoesNotContain(fourth.Paragraphs, p => p.Contains("Stay with the Harbour Gazette", StringComparison.Ordinal));
        Assert.Contains(fourth.Paragraphs, p => p.StartsWith("The council approved", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SyndicatedCopiesUnderOneHeadline_KeepTheirSharedText()
    {
        var extractor = new PlainTextExtractor(memory: new BoilerplateMemory { Threshold = 3 });
        const string body = "The agency reports that the harbour bridge will close for six months from March.";
        for (var i = 0; i < 5; i++)
        {
            var copy = Extract(extractor, $"Harbour bridge to close\n\n{body}\n");
            Assert.Contains(body, copy.Paragraphs);
        }
    }
}
