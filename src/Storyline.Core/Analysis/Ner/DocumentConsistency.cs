using Storyline.Core.Analysis.Text;

namespace Storyline.Core.Analysis.Ner;

/// <summary>
/// A second, document-level pass over the tagger's mentions: a name is one thing throughout an article. A lone
/// surname tagged as an organisation or place where the document names a person with that surname becomes a
/// person ("Ham said" after "Gen. Carter Ham"), and a multi-word name tagged somewhere is tagged wherever else it
/// appears untagged. Sentence-at-a-time tagging cannot see either.
/// </summary>
public static class DocumentConsistency
{
    /// <summary>Most mentions looked at; beyond this the tagger's output is returned as it is.</summary>
    public const int MaxMentions = 5_000;

    /// <summary>The mentions, retyped and completed, in text order.</summary>
    public static List<EntityMention> Apply(string text, IReadOnlyList<Token> tokens, List<EntityMention> mentions)
    {
        if (mentions.Count == 0 || mentions.Count > MaxMentions) return mentions;
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        // Multi-word names by their first word, so each capitalised token costs one look-up.
        var names = new Dictionary<string, List<(string Name, EntityType Type)>>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            var space = m.Text.LastIndexOf(' ');
            if (space < 0) continue;
            if (m.Type == EntityType.PER) surnames.Add(m.Text[(space + 1)..]);
            var first = m.Text[..m.Text.IndexOf(' ', StringComparison.Ordinal)];
            if (!names.TryGetValue(first, out var list)) names[first] = list = [];
            if (!list.Exists(n => n.Name == m.Text)) list.Add((m.Text, m.Type));
        }
        var result = new List<EntityMention>(mentions.Count);
        foreach (var m in mentions)
            result.Add(m.Type != EntityType.PER && !m.Text.Contains(' ', StringComparison.Ordinal) && surnames.Contains(m.Text)
                ? m with { Type = EntityType.PER }
                : m);
        if (names.Count == 0) return result;
        // Untagged repetitions of a tagged multi-word name.
        var added = new List<EntityMention>();
        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        var at = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            while (at < result.Count && result[at].End <= tokens[i].Start) at++;
            if (at < result.Count && result[at].Start <= tokens[i].Start) continue; // inside a mention
            if (!char.IsUpper(text[tokens[i].Start])) continue;
            if (!lookup.TryGetValue(text.AsSpan(tokens[i].Start, tokens[i].Length), out var candidates)) continue;
            foreach (var (name, type) in candidates)
            {
                if (string.CompareOrdinal(text, tokens[i].Start, name, 0, name.Length) != 0) continue;
                var end = tokens[i].Start + name.Length;
                if (end < text.Length && char.IsLetterOrDigit(text[end])) continue;
                if (at < result.Count && result[at].Start < end) continue; // would overlap the next mention
                added.Add(new EntityMention(name, type, tokens[i].Start, end));
                break;
            }
        }
        if (added.Count == 0) return result;
        result.AddRange(added);
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }
}
