using Storyline.Core.Clustering;

namespace Storyline.Bench.Clustering;

/// <summary>A labelled story corpus from shared/data/stories: the documents, their gold story, and evaluation subsets.</summary>
internal sealed record LabelledSet
{
    public required string Name { get; init; }
    public required IReadOnlyList<ClusterDocument> Documents { get; init; }
    public required IReadOnlyList<string> Gold { get; init; }

    /// <summary>Named subsets of item indexes scored on their own (e.g. the two month halves of GVA).</summary>
    public IReadOnlyDictionary<string, int[]> Subsets { get; init; } = new Dictionary<string, int[]>();

    public static LabelledSet Load(string name, string path)
    {
        var documents = new List<ClusterDocument>();
        var gold = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (ClusterInputReader.Parse(line) is not ClusterInputLine.Parsed parsed) throw new InvalidDataException($"{path}: bad line");
            using var json = System.Text.Json.JsonDocument.Parse(line);
            documents.Add(parsed.Document);
            gold.Add(json.RootElement.GetProperty("story").GetString() ?? "");
        }
        return new LabelledSet { Name = name, Documents = documents, Gold = gold, Subsets = MonthHalves(documents, gold) };
    }

    /// <summary>
    /// Splits dated corpora by the month of each gold story's first article into alternate halves, so figures can be
    /// read on a half that was never looked at while choosing defaults (half B).
    /// </summary>
    private static Dictionary<string, int[]> MonthHalves(List<ClusterDocument> documents, List<string> gold)
    {
        if (documents.All(d => d.Published == ClusterInputReader.UnknownTime)) return [];
        var first = new Dictionary<string, DateTimeOffset>();
        for (var i = 0; i < documents.Count; i++)
            if (!first.TryGetValue(gold[i], out var t) || documents[i].Published < t) first[gold[i]] = documents[i].Published;
        int Half(int i)
        {
            var t = first[gold[i]];
            return ((t.Year * 12 + t.Month) / 2) % 2;
        }
        return new Dictionary<string, int[]>
        {
            ["half A"] = [.. Enumerable.Range(0, documents.Count).Where(i => Half(i) == 0)],
            ["half B"] = [.. Enumerable.Range(0, documents.Count).Where(i => Half(i) == 1)],
        };
    }
}
