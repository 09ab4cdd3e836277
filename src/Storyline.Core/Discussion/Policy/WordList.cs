using Storyline.Core.Discussion.Scoring;

namespace Storyline.Core.Discussion.Policy;

/// <summary>Operator word lists: entries are words or phrases, matched as whole lower-cased tokens in sequence.</summary>
internal sealed class WordList
{
    private readonly List<(string Entry, string[] Tokens)> entries;

    public WordList(IEnumerable<string> phrases) =>
        entries = phrases
            .Where(p => !string.IsNullOrWhiteSpace(p))
            .Select(p => (Entry: p.Trim(), Tokens: CommentText.Words(CommentText.Plain(p)).ToArray()))
            .Where(e => e.Tokens.Length > 0)
            .ToList();

    /// <summary>The first entry found in <paramref name="words"/>, or null.</summary>
    public string? FirstIn(IReadOnlyList<string> words)
    {
        foreach (var (entry, tokens) in entries)
        {
            for (var i = 0; i + tokens.Length <= words.Count; i++)
            {
                var matched = true;
                for (var j = 0; j < tokens.Length && matched; j++) matched = string.Equals(words[i + j], tokens[j], StringComparison.Ordinal);
                if (matched) return entry;
            }
        }
        return null;
    }
}
