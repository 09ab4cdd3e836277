using Storyline.Core.Analysis.Ner;

namespace Storyline.Training.Ner;

/// <summary>
/// Brings the training corpora's labels to the UNER guidelines the tagger is measured against: nationalities and
/// other adjectival names ("Israeli soldiers", "British", "Palestinian") are not entities in UNER, but BTC and
/// WNUT-17 often tag them LOC or ORG. Demonyms are recognised from Wikigold, which marks them MISC (so its
/// single-word MISC names are a licensed demonym list), and by their suffix (-ian, -ean, -ese, -ish).
/// </summary>
public static class LabelHarmonizer
{
    private static readonly string[] DemonymSuffixes = ["ian", "ean", "ese", "ish", "ians", "eans"];

    /// <summary>Single words that Wikigold tags MISC at least as often as PER, LOC or ORG (lower case).</summary>
    public static HashSet<string> WikigoldMisc(string path)
    {
        var lines = File.ReadAllLines(path).Select(l => l.Split(' ')).ToArray();
        var misc = new Dictionary<string, int>(StringComparer.Ordinal);
        var other = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length != 2 || lines[i][1] == "O") continue;
            var tag = lines[i][1];
            var before = i > 0 && lines[i - 1].Length == 2 ? lines[i - 1][1] : "O";
            var after = i + 1 < lines.Length && lines[i + 1].Length == 2 ? lines[i + 1][1] : "O";
            if (before == tag || after == tag) continue; // multi-word names are not demonyms
            var counts = tag == "I-MISC" ? misc : other;
            var word = lines[i][0].ToLowerInvariant();
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }
        return [.. misc.Where(p => p.Value >= other.GetValueOrDefault(p.Key)).Select(p => p.Key)];
    }

    /// <summary>Sets single-word places and organisations that are demonyms to O; returns how many were changed.</summary>
    public static int Apply(List<LabeledSentence> sentences, IReadOnlySet<string> demonyms)
    {
        var changed = 0;
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Tags.Length; i++)
            {
                if (!NerTags.IsBegin(s.Tags[i]) || (i + 1 < s.Tags.Length && NerTags.IsInside(s.Tags[i + 1]))) continue;
                if (NerTags.TypeOf(s.Tags[i]) == Storyline.Core.Analysis.EntityType.PER) continue; // "Christian", "Adrian"

                var word = s.Words[i];
                if (word.Length < 4 || !char.IsUpper(word[0])) continue;
                var lower = word.ToLowerInvariant();
                if (!demonyms.Contains(lower) && !DemonymSuffixes.Any(x => lower.EndsWith(x, StringComparison.Ordinal))) continue;
                s.Tags[i] = NerTags.O;
                changed++;
            }
        }
        return changed;
    }
}
