using System.Text;
using System.Text.RegularExpressions;

namespace Storyline.Core.Extraction.Comments;

/// <summary>
/// Parses a comment thread embedded in plain text: numbered comments whose indentation gives the depth
/// (numbering may restart inside a thread), continuation lines and paragraphs, and @mentions.
/// Hand-written: no library reads this ad-hoc layout.
/// </summary>
public static partial class CommentThreadParser
{
    /// <summary>Deepest reply level kept; deeper replies attach to the comment at this level.</summary>
    public const int MaxDepth = 32;

    /// <summary>Parses <paramref name="lines"/> (the thread only, form footer excluded) into comments with ids and parents.</summary>
    public static IReadOnlyList<ExtractedComment> Parse(IReadOnlyList<string> lines, int maxComments)
    {
        var comments = new List<Builder>();
        var stack = new List<Builder>();
        Builder? current = null;
        var pendingBreak = false;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                pendingBreak = current is not null;
                continue;
            }
            var indent = Indent(line);
            var numbered = NumberedItem().Match(line);
            if (numbered.Success && comments.Count < maxComments)
            {
                while (stack.Count > 0 && stack[^1].Indent >= indent) stack.RemoveAt(stack.Count - 1);
                if (stack.Count >= MaxDepth) stack.RemoveRange(MaxDepth - 1, stack.Count - MaxDepth + 1);
                var parent = stack.Count > 0 ? stack[^1] : null;
                var index = parent is null ? comments.Count(c => c.Parent is null) + 1 : ++parent.Children;
                current = new Builder(parent is null ? index.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{parent.Id}.{index}", parent, indent);
                current.Text.Append(numbered.Groups["text"].Value.Trim());
                comments.Add(current);
                stack.Add(current);
                pendingBreak = false;
                continue;
            }
            if (current is null) continue;
            current.Text.Append(pendingBreak ? "\n\n" : "\n").Append(line.Trim());
            pendingBreak = false;
        }
        return comments.Select(c => c.Build()).ToList();
    }

    /// <summary>Names after "@" at the start of words: up to two capitalised words, or one lower-case handle.</summary>
    public static IReadOnlyList<string> Mentions(string text)
    {
        var result = new List<string>();
        foreach (Match m in Mention().Matches(text))
        {
            var name = m.Groups["name"].Value.TrimEnd('.', ',', ':', ';', '!', '?');
            if (name.Length > 0 && !result.Contains(name, StringComparer.Ordinal)) result.Add(name);
        }
        return result;
    }

    private static int Indent(string line)
    {
        var n = 0;
        foreach (var c in line)
        {
            if (c == ' ') n++;
            else if (c == '\t') n += 4;
            else break;
        }
        return n;
    }

    [GeneratedRegex(@"^\s*\d{1,4}[.)]\s+(?<text>\S.*)$")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"(?<![\w@])@(?<name>\p{Lu}[\p{L}'’-]*(?:\s(?!(?:You|I|The|We|They|He|She|It|And|But|So|Not|Stay|Why|What|How|If)\b)\p{Lu}[\p{L}'’-]*)?|[\p{Ll}\d_][\w.-]*)")]
    private static partial Regex Mention();

    private sealed class Builder(string id, Builder? parent, int indent)
    {
        public string Id { get; } = id;
        public Builder? Parent { get; } = parent;
        public int Indent { get; } = indent;
        public int Children { get; set; }
        public StringBuilder Text { get; } = new();

        public ExtractedComment Build()
        {
            var text = Text.ToString().Trim();
            return new ExtractedComment { Id = Id, Parent = Parent?.Id, Text = text, Mentions = Mentions(text) };
        }
    }
}
