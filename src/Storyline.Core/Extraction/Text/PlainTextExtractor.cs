using Storyline.Core.Extraction.Comments;
using Storyline.Core.Text;

namespace Storyline.Core.Extraction.Text;

/// <summary>
/// Extracts the story from a plain-text page (a copy of a web page as text) by classifying its lines:
/// headline, body, notices addressed to the reader, related-link lists, attribution, an embedded comment
/// thread and the comment form's footer. Features are shapes and vocabularies, never whole sentences.
/// </summary>
public sealed class PlainTextExtractor
{
    private readonly ExtractionOptions _options;
    private readonly BoilerplateMemory? _memory;

    /// <param name="memory">Lines learned across pages; lines repeated under several headlines are dropped as boilerplate.</param>
    public PlainTextExtractor(ExtractionOptions? options = null, BoilerplateMemory? memory = null)
    {
        _options = options ?? ExtractionOptions.Default;
        _memory = memory;
    }

    public ExtractionOutcome Extract(string text)
    {
        var lines = SplitLines(text);
        var (articleLines, threadLines, declared) = SplitThread(lines);
        var blocks = TextBlock.Split(articleLines);
        if (blocks.Count == 0) return new ExtractionOutcome.Rejected("no text");

        var title = blocks[0].Lines.Count == 1 && LineFeatures.IsHeadlineShaped(blocks[0].Lines[0]) ? blocks[0].Lines[0].Trim() : null;
        var index = title is null ? 0 : 1;
        string? subtitle = null;
        if (title is not null && index < blocks.Count - 1 && blocks[index].Lines.Count == 1 && LineFeatures.IsHeadlineShaped(blocks[index].Lines[0])
            && !LineFeatures.IsRelatedLink(blocks[index].Lines[0]))
        {
            subtitle = blocks[index].Lines[0].Trim();
            index++;
        }

        var body = new List<string>();
        var topics = new List<string>();
        string? attribution = null;
        var trailing = TrailingListStart(blocks, index);
        for (var i = index; i < trailing; i++)
        {
            var block = blocks[i];
            if (IsBoilerplate(block, ref attribution)) continue;
            var kept = block.Lines.Where(l => !LineFeatures.IsRelatedLink(l) && LineFeatures.Attribution(l) is null && _memory?.IsRepeated(l) != true)
                .Select(l => l.Trim()).ToList();
            foreach (var line in block.Lines)
                attribution ??= LineFeatures.Attribution(line);
            if (kept.Count == 0) continue;
            var (paragraph, tags) = LineFeatures.SplitTrailingHashtags(Whitespace.Collapse(string.Join(' ', kept)));
            topics.AddRange(tags.Where(t => !topics.Contains(t, StringComparer.OrdinalIgnoreCase)));
            if (paragraph.Length > 0) body.Add(paragraph);
        }
        for (var i = trailing; i < blocks.Count; i++)
            foreach (var line in blocks[i].Lines)
                attribution ??= LineFeatures.Attribution(line);

        if (title is null && body.Count == 0) return new ExtractionOutcome.Rejected("no article text found");
        _memory?.Learn(title ?? body[0], articleLines);
        var comments = threadLines.Count > 0 ? CommentThreadParser.Parse(threadLines, _options.MaxComments) : [];
        return new ExtractionOutcome.Extracted(new ExtractedArticle
        {
            Title = title ?? Shorten(body[0]),
            Subtitle = subtitle,
            Paragraphs = body,
            SourceAttribution = attribution,
            Topics = topics,
            Comments = declared is null && comments.Count == 0 ? ExtractedThread.Empty : new ExtractedThread { Declared = declared, Items = comments },
        });
    }

    private List<string> SplitLines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        return lines.Select(l => l.Length > _options.MaxLineChars ? l[.._options.MaxLineChars] : l).Select(l => l.TrimEnd()).ToList();
    }

    /// <summary>Splits at a "52 comments" header: the article before it, the thread after it (form footer dropped).</summary>
    private static (List<string> Article, List<string> Thread, int? Declared) SplitThread(List<string> lines)
    {
        var header = lines.FindIndex(l => LineFeatures.DeclaredComments(l) is not null);
        var formStart = FormFooterStart(lines, header < 0 ? 0 : header + 1);
        if (header < 0) return (lines[..formStart], [], null);
        return (lines[..header], lines[(header + 1)..formStart], LineFeatures.DeclaredComments(lines[header]));
    }

    /// <summary>The first line of a trailing comment-form footer, or the line count when there is none.</summary>
    private static int FormFooterStart(List<string> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.Length > 300 || LineFeatures.CommentFormScore(line) == 0) continue;
            // A footer: from here on every non-empty line is short and comment-form or notice vocabulary dominates.
            var rest = lines.Skip(i).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            var formLike = rest.Count(l => LineFeatures.CommentFormScore(l) > 0 || LineFeatures.NoticeScore(l) > 0 || l.Length < 40);
            if (rest.All(l => l.Length <= 300) && formLike * 3 >= rest.Count * 2) return i;
        }
        return lines.Count;
    }

    /// <summary>Where a trailing run of headline-shaped blocks (a list of other stories) begins.</summary>
    private static int TrailingListStart(List<TextBlock> blocks, int from)
    {
        var start = blocks.Count;
        var headlines = 0;
        for (var i = blocks.Count - 1; i >= from; i--)
        {
            var block = blocks[i];
            if (LineFeatures.Attribution(block.Text) is not null && block.Lines.Count == 1)
            {
                if (start == i + 1) start = i;
                continue;
            }
            if (!block.Lines.All(LineFeatures.IsHeadlineShaped)) break;
            headlines += block.Lines.Count;
            start = i;
        }
        return headlines >= 2 ? start : blocks.Count;
    }

    private static bool IsBoilerplate(TextBlock block, ref string? attribution)
    {
        var text = block.Text;
        // A list of links inside the body: several short headline-shaped lines with no blank line between them.
        if (block.Lines.Count >= 2 && block.Lines.Count(LineFeatures.IsHeadlineShaped) * 3 >= block.Lines.Count * 2
            && block.Lines.Any(LineFeatures.IsRelatedLink) || block.Lines.All(LineFeatures.IsRelatedLink))
            return true;
        if (LineFeatures.AddressesReader(text))
        {
            var notice = LineFeatures.NoticeScore(text);
            if (notice >= 3 || (notice >= 2 && text.Length < 400)) return true;
            if (LineFeatures.CommentFormScore(text) >= 2) return true;
        }
        if (text.Length < 80 && LineFeatures.CallToActionScore(text) > 0 && LineFeatures.IsHeadlineShaped(text)) return true;
        if (block.Lines.Count == 1 && LineFeatures.Attribution(text) is { } target)
        {
            attribution ??= target;
            return true;
        }
        return false;
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120].TrimEnd() + "…";
}
