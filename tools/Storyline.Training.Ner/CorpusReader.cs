using Storyline.Core.Analysis.Ner;

namespace Storyline.Training.Ner;

/// <summary>Reads the three NER file formats of shared/data/ner into <see cref="LabeledSentence"/>s.</summary>
public static class CorpusReader
{
    /// <summary>UNER-style files (GUM, WNUT-17, UNER): comment lines, then index TAB token TAB tag.</summary>
    public static IEnumerable<LabeledSentence> ReadIob2(string path) => Read(path, '\t', 1, 2, iob1: false);

    /// <summary>BTC CoNLL: token TAB tag.</summary>
    public static IEnumerable<LabeledSentence> ReadConll(string path) => Read(path, '\t', 0, 1, iob1: false);

    /// <summary>Wikigold: token SPACE tag, IOB1 (I- only), MISC dropped to O.</summary>
    public static IEnumerable<LabeledSentence> ReadWikigold(string path) => Read(path, ' ', 0, 1, iob1: true);

    private static IEnumerable<LabeledSentence> Read(string path, char separator, int wordColumn, int tagColumn, bool iob1)
    {
        var corpus = Path.GetFileNameWithoutExtension(path);
        var words = new List<string>();
        var labels = new List<string>();
        foreach (var raw in File.ReadLines(path).Append(""))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                if (words.Count > 0) yield return new LabeledSentence([.. words], ToTags(labels, iob1), corpus);
                words.Clear();
                labels.Clear();
                continue;
            }
            if (line.StartsWith('#') && separator == '\t' && wordColumn == 1) continue;
            var parts = line.Split(separator);
            if (parts.Length <= tagColumn) continue;
            words.Add(parts[wordColumn]);
            labels.Add(parts[tagColumn]);
        }
    }

    private static int[] ToTags(List<string> labels, bool iob1)
    {
        var tags = new int[labels.Count];
        for (var i = 0; i < labels.Count; i++)
        {
            var label = labels[i];
            if (iob1 && label.StartsWith("I-", StringComparison.Ordinal))
            {
                // IOB1: an I- starts an entity unless the previous token is of the same type.
                var same = i > 0 && labels[i - 1].Length > 2 && labels[i - 1][2..] == label[2..];
                label = (same ? "I-" : "B-") + label[2..];
            }
            var tag = NerTags.Parse(label);
            // Repair stray I- tags (after O or another type) into B-.
            if (NerTags.IsInside(tag) && (i == 0 || !NerTags.Allowed(tags[i - 1], tag))) tag--;
            tags[i] = tag;
        }
        return tags;
    }
}
