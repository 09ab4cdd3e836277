using System.Globalization;
using Storyline.Core.Analysis.Claims;

namespace Storyline.Core.Analysis.Story;

/// <summary>
/// What only some of a story's outlets report: named entities and numeric facts missing from the others, and
/// numbers about the same thing that disagree ("18 municipal districts" against "16 municipal districts").
/// </summary>
public static class DifferenceFinder
{
    /// <summary>At most this many differences per story, the most telling first.</summary>
    public const int MaxDifferences = 40;

    public static List<StoryDifference> Find(IReadOnlyList<AnalyzedArticle> articles, IReadOnlyList<EntityMerger.Cluster> entities)
    {
        var differences = new List<StoryDifference>();
        var ids = articles.Select(a => a.Id).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count < 2) return differences;
        var source = articles.GroupBy(a => a.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.IsNullOrWhiteSpace(g.First().Source) ? g.Key : g.First().Source, StringComparer.Ordinal);
        string Sources(IEnumerable<string> list) => string.Join(", ", list.Select(id => source[id]).Distinct(StringComparer.Ordinal));

        // Numbers that disagree: one unit, several values, in different articles.
        var numbers = articles
            .SelectMany(a => a.Analysis.Claims.Where(c => c.Unit.Length > 0 && c.Unit != ClaimExtractor.DateUnit).Select(c => (a.Id, Claim: c, Unit: UnitKey(c.Unit))))
            .GroupBy(x => x.Unit, StringComparer.Ordinal);
        foreach (var unit in numbers)
        {
            var byValue = unit.GroupBy(x => x.Claim.Value).ToList();
            if (byValue.Count < 2 || unit.Select(x => x.Id).Distinct(StringComparer.Ordinal).Count() < 2) continue;
            // Different values inside one article are usually different things; disagreement is across outlets.
            var perArticle = unit.GroupBy(x => x.Id, StringComparer.Ordinal).Select(g => g.Select(x => x.Claim.Value).Distinct().ToList()).ToList();
            if (perArticle.All(v => v.Count > 1)) continue;
            var parts = byValue.Select(g => $"{g.First().Claim.Text} ({Sources(g.Select(x => x.Id))})");
            differences.Add(new StoryDifference($"Figures differ on {unit.First().Claim.Unit}: {string.Join("; ", parts)}",
                [.. unit.Select(x => x.Id).Distinct(StringComparer.Ordinal)]));
        }

        // Named entities that only some outlets name, the most mentioned first.
        foreach (var c in entities.Where(c => c.Articles.Count < ids.Count).OrderByDescending(c => c.Mentions))
            differences.Add(new StoryDifference($"Only {Sources(c.Articles)} names {c.Name}", [.. c.Articles]));

        // Figures only some outlets give.
        var facts = articles
            .SelectMany(a => a.Analysis.Claims.Where(c => c.Unit.Length > 0 && c.Unit != ClaimExtractor.DateUnit).Select(c => (a.Id, Claim: c)))
            .GroupBy(x => (UnitKey(x.Claim.Unit), x.Claim.Value));
        foreach (var f in facts)
        {
            var having = f.Select(x => x.Id).Distinct(StringComparer.Ordinal).ToList();
            if (having.Count < ids.Count) differences.Add(new StoryDifference($"Only {Sources(having)} reports {f.First().Claim.Text}", having));
        }
        return [.. differences.Take(MaxDifferences)];
    }

    /// <summary>The unit compared across outlets: lower case, plural -s dropped ("Districts" = "district").</summary>
    public static string UnitKey(string unit)
    {
        var u = unit.ToLower(CultureInfo.InvariantCulture).Trim();
        return u.EndsWith('s') && !u.EndsWith("ss", StringComparison.Ordinal) ? u[..^1] : u;
    }
}
