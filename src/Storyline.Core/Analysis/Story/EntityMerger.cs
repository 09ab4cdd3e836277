using Storyline.Core.Analysis.Coreference;

namespace Storyline.Core.Analysis.Story;

/// <summary>
/// Merges the entities of a story's articles across outlets: "Fred Pleitgen" and "Frederik Pleitgen" (same
/// surname, compatible given names), "St Petersburg" and "St. Petersburg" (same normalised spelling), a bare
/// "Putin" with the one "Vladimir Putin" of the story.
/// </summary>
public static class EntityMerger
{
    /// <summary>A merged entity under construction; <see cref="Forms"/> counts every surface form.</summary>
    public sealed class Cluster
    {
        public required EntityType Type { get; set; }
        public Dictionary<string, int> Forms { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
        public Dictionary<EntityType, int> Types { get; } = [];
        public List<string> Articles { get; } = [];
        public int Mentions => Forms.Values.Sum();

        /// <summary>The display name: the most used full form, the longer on a tie.</summary>
        public string Name => Forms.OrderByDescending(f => f.Key.Contains(' ', StringComparison.Ordinal) || Type != EntityType.PER)
            .ThenByDescending(f => f.Value).ThenByDescending(f => f.Key.Length).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;
    }

    /// <summary>The clusters of the story's entities, most widely reported first.</summary>
    public static List<Cluster> Merge(IReadOnlyList<AnalyzedArticle> articles)
    {
        var mentions = articles
            .SelectMany(a => a.Analysis.Entities.Select(e => (Article: a.Id, Mention: e, Key: NameMatcher.Normalize(e.Canonical ?? e.Text))))
            .Where(m => m.Key.Length > 0)
            // Full names first, so that bare surnames can attach to them.
            .OrderByDescending(m => NameMatcher.Words(m.Key).Length)
            .ToList();
        var clusters = new List<Cluster>();
        foreach (var (article, mention, key) in mentions)
        {
            var cluster = Find(clusters, mention.Type, key);
            if (cluster is null)
            {
                cluster = new Cluster { Type = mention.Type };
                clusters.Add(cluster);
            }
            cluster.Keys.Add(key);
            cluster.Forms[mention.Text] = cluster.Forms.GetValueOrDefault(mention.Text) + 1;
            if (mention.Canonical is { } canonical && !cluster.Forms.ContainsKey(canonical)) cluster.Forms[canonical] = 0;
            cluster.Types[mention.Type] = cluster.Types.GetValueOrDefault(mention.Type) + 1;
            if (!cluster.Articles.Contains(article)) cluster.Articles.Add(article);
        }
        var order = articles.Select((a, i) => (a.Id, i)).GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        foreach (var c in clusters)
        {
            c.Type = c.Types.OrderByDescending(t => t.Value).First().Key;
            c.Articles.Sort((x, y) => order[x].CompareTo(order[y]));
        }
        return [.. clusters.OrderByDescending(c => c.Articles.Count).ThenByDescending(c => c.Mentions).ThenBy(c => c.Name, StringComparer.Ordinal)];
    }

    private static Cluster? Find(List<Cluster> clusters, EntityType type, string key)
    {
        // Same spelling: one entity whatever the tagger called it in each outlet (a place tagged ORG once).
        var exact = clusters.Find(c => c.Keys.Contains(key));
        if (exact is not null) return exact;
        if (type != EntityType.PER) return null;
        var candidates = clusters.Where(c => c.Type == EntityType.PER && c.Keys.Any(k => NameMatcher.SamePerson(k, key))).Take(2).ToList();
        return candidates.Count == 1 ? candidates[0] : null; // ambiguous surnames stay apart
    }
}
