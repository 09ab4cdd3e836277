using Storyline.Core.Analysis.Ner;

namespace Storyline.Training.Ner;

/// <summary>
/// Builds <see cref="WordTable"/>s from the training corpora. Gazetteer counts are jack-knifed: sentences of one
/// fold see the counts of the other fold only, so the tagger learns how far to trust a gazetteer hit on names it
/// has not been trained on (otherwise every training name is a perfect gazetteer hit and the feature overfits).
/// </summary>
public sealed class WordTableBuilder
{
    public const int Folds = 2;

    private readonly Dictionary<ulong, int[]>[] _gazetteer = [new(), new()];
    private readonly Dictionary<ulong, (int Capitalised, int Seen)> _capitals = new();

    public static int FoldOf(int sentenceIndex) => sentenceIndex % Folds;

    public void Add(LabeledSentence sentence, int fold)
    {
        for (var i = 0; i < sentence.Words.Length; i++)
        {
            var word = sentence.Words[i];
            var key = FeatureHash.Lower(word);
            var counts = _gazetteer[fold].TryGetValue(key, out var c) ? c : _gazetteer[fold][key] = new int[4];
            var tag = sentence.Tags[i];
            counts[tag == NerTags.O ? 3 : (int)NerTags.TypeOf(tag)]++;
            if (i == 0 || word.Length == 0 || !char.IsLetter(word[0])) continue;
            var (capitalised, seen) = _capitals.GetValueOrDefault(key);
            _capitals[key] = (capitalised + (char.IsUpper(word[0]) ? 1 : 0), seen + 1);
        }
    }

    /// <summary>The table for sentences of <paramref name="fold"/> (other folds' gazetteer), or for shipping when null.</summary>
    public WordTable Build(int? fold)
    {
        var codes = new Dictionary<ulong, ushort>();
        var keys = _gazetteer.SelectMany(g => g.Keys).Concat(_capitals.Keys).ToHashSet();
        foreach (var key in keys)
        {
            var total = new int[4];
            for (var f = 0; f < Folds; f++)
            {
                if (f == fold || !_gazetteer[f].TryGetValue(key, out var c)) continue;
                for (var k = 0; k < 4; k++) total[k] += c[k];
            }
            var (capitalised, seen) = _capitals.GetValueOrDefault(key);
            var code = WordTable.Encode(total[0], total[1], total[2], total[3], capitalised, seen);
            if (code != 0) codes[key] = code;
        }
        return new WordTable(codes);
    }
}
