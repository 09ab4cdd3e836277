using System.Text;

namespace Storyline.Storage.Rows;

/// <summary>
/// Splits a reader's search words the same way for both full-text engines; each store then quotes them in its own
/// query syntax, so no word can carry operators.
/// </summary>
internal static class SearchTerms
{
    /// <summary>Most words of a reader's query that reach the full-text index; the rest are ignored.</summary>
    public const int MaxTerms = 12;

    /// <summary>Longest single word kept from a reader's query.</summary>
    public const int MaxTermChars = 64;

    /// <summary>Letters, digits and inner ' - _ make a word; those three are trimmed from its ends. Empty when nothing is left.</summary>
    public static List<string> Split(string text)
    {
        var terms = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c) || c is '\'' or '-' or '_')
            {
                if (word.Length < MaxTermChars) word.Append(c);
                continue;
            }
            var term = word.ToString().Trim('\'', '-', '_');
            word.Clear();
            if (term.Length > 0 && terms.Count < MaxTerms) terms.Add(term);
        }
        return terms;
    }
}
