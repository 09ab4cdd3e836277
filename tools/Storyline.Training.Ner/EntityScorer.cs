using Storyline.Core.Analysis.Ner;

namespace Storyline.Training.Ner;

/// <summary>Exact span-and-type entity precision, recall and F1 over BIO tag sequences.</summary>
public sealed class EntityScorer
{
    private int _gold, _predicted, _correct;

    public void Add(int[] gold, int[] predicted)
    {
        var g = Spans(gold);
        var p = Spans(predicted);
        _gold += g.Count;
        _predicted += p.Count;
        _correct += p.Count(g.Contains);
    }

    public double Precision => _predicted == 0 ? 0 : (double)_correct / _predicted;
    public double Recall => _gold == 0 ? 0 : (double)_correct / _gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() => $"P {Precision:F3}  R {Recall:F3}  F1 {F1:F3}  (gold {_gold}, predicted {_predicted}, correct {_correct})";

    private static HashSet<(int, int, int)> Spans(int[] tags)
    {
        var spans = new HashSet<(int, int, int)>();
        for (var i = 0; i < tags.Length; i++)
        {
            if (tags[i] == NerTags.O || (NerTags.IsInside(tags[i]) && i > 0 && NerTags.Allowed(tags[i - 1], tags[i]))) continue;
            var begin = NerTags.IsBegin(tags[i]) ? tags[i] : tags[i] - 1;
            var j = i + 1;
            while (j < tags.Length && tags[j] == begin + 1) j++;
            spans.Add((i, j, begin));
        }
        return spans;
    }
}
