using System.Text;

namespace Storyline.Core.Text;

/// <summary>Whitespace normalisation shared by every stage.</summary>
public static class Whitespace
{
    /// <summary>Collapses runs of whitespace (including no-break spaces) to one space and trims.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u200B')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
