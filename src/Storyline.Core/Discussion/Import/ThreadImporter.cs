using Storyline.Core.Extraction.Text;

namespace Storyline.Core.Discussion.Import;

/// <summary>Reads a discussion export, recognising its format: WordPress WXR, Disqus XML, or the seeds' threaded text.</summary>
public static class ThreadImporter
{
    public static ImportedThread Parse(string content)
    {
        var head = content.AsSpan(0, Math.Min(content.Length, 2048)).TrimStart();
        if (head.StartsWith("<", StringComparison.Ordinal))
        {
            var document = SafeXml.Load(content);
            if (DisqusXmlParser.CanRead(document)) return DisqusXmlParser.Parse(document);
            if (WordPressWxrParser.CanRead(document)) return WordPressWxrParser.Parse(document);
            throw new ThreadImportException("XML, but neither a WordPress WXR nor a Disqus export");
        }
        return ParseText(content);
    }

    private static ImportedThread ParseText(string content)
    {
        // A whole page with a "N comments" header, or a bare thread: try the page reading first.
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var header = Array.FindIndex(lines, l => LineFeatures.DeclaredComments(l) is not null);
        var declared = header >= 0 ? LineFeatures.DeclaredComments(lines[header]) : null;
        var threadLines = header >= 0 ? lines[(header + 1)..] : lines;
        var outcome = new PlainTextExtractor().Extract(content);
        var parsed = outcome is Extraction.ExtractionOutcome.Extracted { Article.Comments.Items.Count: > 0 } e
            ? e.Article.Comments.Items
            : Extraction.Comments.CommentThreadParser.Parse(threadLines, Extraction.ExtractionOptions.Default.MaxComments);
        if (parsed.Count == 0) throw new ThreadImportException("no comments found (expected numbered comments, a WordPress WXR or a Disqus export)");
        var comments = parsed.Select(c => new ImportedComment { Id = c.Id, Parent = c.Parent, Author = c.Author ?? "Anonymous", Text = c.Text, Published = c.Published }).ToList();
        return new ImportedThread("text", comments, declared);
    }
}
