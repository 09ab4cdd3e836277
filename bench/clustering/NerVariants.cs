using System.Collections.Concurrent;
using Storyline.Core.Analysis;
using Storyline.Core.Clustering;

namespace Storyline.Bench.Clustering;

/// <summary>
/// Experiment (STORYLINE_BENCH_NER): hands the analysis stage's entities to the clusterer as
/// <see cref="ClusterDocument.Entities"/>. A variant is "scope:types", scope "none" (baseline), "text" (the text alone, every type: what ingest hands over), "title" (the title alone, every type), "all" (title + whole text) or "leadN"
/// (title + the first N characters of text), types a comma list of PER/LOC/ORG, then ":canon" keeps only mentions that coreference resolved to another name; variants are separated by ';'.
/// </summary>
internal static class NerVariants
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<EntityMention>> Cache = new();

    public static IEnumerable<(string Name, LabelledSet Set)> Apply(LabelledSet set, string spec)
    {
        var analyzer = new ArticleAnalyzer();
        var analysed = new IReadOnlyList<EntityMention>[set.Documents.Count];
        var textOnly = spec.Contains("text", StringComparison.Ordinal);
        var bodyOnly = new IReadOnlyList<EntityMention>[set.Documents.Count];
        var titleOnly = spec.Contains("title", StringComparison.Ordinal);
        var headline = new IReadOnlyList<EntityMention>[set.Documents.Count];
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        Parallel.For(0, set.Documents.Count, i =>
        {
            var d = set.Documents[i];
            analysed[i] = Cache.GetOrAdd(d.Id + "\u0001" + set.Name, _ => analyzer.Analyze(d.Title + "\n\n" + d.Text).Entities);
            if (textOnly) bodyOnly[i] = analyzer.Analyze(d.Text).Entities;
            if (titleOnly) headline[i] = analyzer.Analyze(d.Title).Entities;
        });
        var seconds = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var chars = set.Documents.Sum(d => (long)d.Title.Length + 2 + d.Text.Length);
        Console.Error.WriteLine($"{set.Name}: analysis {chars / 1e6:F1} M chars, {seconds:F1} s CPU ({chars / 1e6 / seconds:F2} M chars/s, {seconds * 1e6 / set.Documents.Count:F0} µs/article), {analysed.Sum(a => a.Count)} entities");
        foreach (var variant in spec.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = variant.Split(':');
            var scope = parts[0];
            var types = parts.Length > 1 ? parts[1].Split(',').Select(Enum.Parse<EntityType>).ToHashSet() : [EntityType.PER, EntityType.LOC, EntityType.ORG];
            var limit = scope == "none" ? -1_000_000 : scope.StartsWith("lead", StringComparison.Ordinal) ? int.Parse(scope[4..]) : int.MaxValue;
            var canonOnly = parts.Length > 2 && parts[2] == "canon";
            var documents = set.Documents.Select((d, i) => d with
            {
                Entities = scope == "text" ? bodyOnly[i] : scope == "title" ? headline[i] : [.. analysed[i].Where(m => types.Contains(m.Type) && (!canonOnly || (m.Canonical is { } c && c != m.Text)) && (long)m.Start < (long)d.Title.Length + 2 + limit)],
            }).ToList();
            yield return (variant, set with { Documents = documents });
        }
    }
}
