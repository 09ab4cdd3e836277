using System.IO.Compression;
using Storyline.Core.Extraction;
using Storyline.Testing;

namespace Storyline.Core.Tests.Extraction.Html;

/// <summary>Runs over the public benchmark pages when shared/ is present (quality figures live in bench/extraction).</summary>
public sealed class HtmlBenchmarkPagesTests
{
    [Fact]
    public void Extract_EveryBenchmarkPage_GivesAnArticleWithATitle()
    {
        var directory = SharedData.RequireDirectory("data/extraction/scrapinghub/html");
        var extractor = new ArticleExtractor();
        var files = Directory.GetFiles(directory, "*.html.gz");
        var extracted = 0;
        var titled = 0;
        foreach (var file in files)
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gzip.CopyTo(buffer);
            var outcome = extractor.Extract(new SourceDocument { Origin = file, Content = buffer.ToArray(), ContentType = "text/html" });
            if (outcome is not ExtractionOutcome.Extracted { Article: var article }) continue;
            extracted++;
            if (!string.IsNullOrWhiteSpace(article.Title)) titled++;
        }
        // These are all article pages: none is a challenge or consent wall, and each has a headline.
        Assert.Equal(files.Length, extracted);
        Assert.Equal(files.Length, titled);
    }
}
