namespace Storyline.Core.Extraction.Text;

/// <summary>Consecutive non-blank lines of a plain-text page.</summary>
public sealed record TextBlock(IReadOnlyList<string> Lines)
{
    public string Text { get; } = string.Join(' ', Lines.Select(l => l.Trim()));

    /// <summary>Groups lines into blocks at blank lines.</summary>
    public static List<TextBlock> Split(IReadOnlyList<string> lines)
    {
        var blocks = new List<TextBlock>();
        var current = new List<string>();
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0)
            {
                if (current.Count > 0) blocks.Add(new TextBlock(current));
                current = [];
            }
            else current.Add(line);
        }
        if (current.Count > 0) blocks.Add(new TextBlock(current));
        return blocks;
    }
}
