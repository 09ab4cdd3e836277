namespace Storyline.Core.Analysis.Coreference;

/// <summary>
/// Within-document coreference of names: a later short form ("Ms Cabrera", "Cabrera", "Fred Pleitgen") gets the
/// full name the document uses ("Ana Cabrera", "Frederik Pleitgen") as its <see cref="EntityMention.Canonical"/>;
/// places and organisations spelled two ways ("St. Petersburg") get the first spelling.
/// </summary>
public static class EntityCoreference
{
    private static readonly HashSet<string> PersonalTitles = new(StringComparer.OrdinalIgnoreCase) { "mr", "mrs", "ms", "miss", "dr", "sir", "dame" };

    /// <summary>The mentions with titles stripped from person names and <see cref="EntityMention.Canonical"/> set.</summary>
    public static List<EntityMention> Resolve(string text, IReadOnlyList<EntityMention> mentions)
    {
        var cleaned = new List<EntityMention>(mentions.Count);
        foreach (var m in mentions)
        {
            // "Ms Ana Cabrera" tagged as an organisation is still a person: a personal title decides.
            var space = m.Text.IndexOf(' ', StringComparison.Ordinal);
            var personal = space > 0 && PersonalTitles.Contains(m.Text[..space].TrimEnd('.'));
            if (m.Type != EntityType.PER && !personal) { cleaned.Add(m); continue; }
            var (s, e) = NameMatcher.StripTitles(text, m.Start, m.End);
            cleaned.Add(s == m.Start && !personal ? m : new EntityMention(text[s..e], EntityType.PER, s, e));
        }
        var people = FullNames(cleaned);
        var spellings = new Dictionary<(EntityType, string), string>();
        var result = new List<EntityMention>(cleaned.Count);
        foreach (var m in cleaned)
        {
            var key = NameMatcher.Normalize(m.Text);
            string? canonical = null;
            if (m.Type == EntityType.PER) canonical = ResolvePerson(key, people);
            else if (!spellings.TryGetValue((m.Type, key), out canonical)) spellings[(m.Type, key)] = m.Text;
            result.Add(canonical is null || canonical == m.Text ? m : m with { Canonical = canonical });
        }
        return result;
    }

    /// <summary>The document's full name for a (possibly short) person name, or null when none or ambiguous.</summary>
    public static string? ResolvePerson(string normalized, IReadOnlyList<(string Key, string Text)> people)
    {
        string? found = null;
        var words = NameMatcher.Words(normalized);
        foreach (var (key, text) in people)
        {
            var match = words.Length == 1
                ? NameMatcher.Words(key)[^1] == words[0] || (NameMatcher.Words(key)[0] == words[0] && words[0].Length > 2)
                : NameMatcher.SamePerson(key, normalized);
            if (!match) continue;
            if (found is not null && NameMatcher.Normalize(found) != key && !NameMatcher.SamePerson(NameMatcher.Normalize(found), key)) return null;
            found ??= text;
        }
        return found;
    }

    /// <summary>Multi-word person names of the document, most frequent (then longest) first.</summary>
    public static List<(string Key, string Text)> FullNames(IEnumerable<EntityMention> mentions) =>
        [.. mentions
            .Where(m => m.Type == EntityType.PER && m.Text.Contains(' ', StringComparison.Ordinal))
            .GroupBy(m => NameMatcher.Normalize(m.Text))
            .Where(g => NameMatcher.Words(g.Key).Length > 1)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Min(m => m.Start))
            .Select(g => (g.Key, g.First().Text))];
}
