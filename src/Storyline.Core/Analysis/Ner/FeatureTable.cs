using System.Numerics;

namespace Storyline.Core.Analysis.Ner;

/// <summary>
/// Read-only open-addressing map from feature hash to its seven weights, quantised to 16 bits and stored next to
/// the key (three 64-bit words per slot) so a lookup touches one cache line. Hand-written because the tagger is
/// memory-bound: ~45 random lookups per token, and a <see cref="Dictionary{TKey,TValue}"/> plus a separate weight
/// array costs two or three cache misses each.
/// </summary>
public sealed class FeatureTable
{
    private const int Words = 3;
    private readonly ulong[] _slots;
    private readonly int _shift;
    private readonly int _mask;

    /// <summary>Builds the table; <paramref name="weights"/> holds seven weights per feature, in feature order.</summary>
    public FeatureTable(ulong[] features, float[] weights)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, features.Length * 3 / 2));
        _slots = new ulong[capacity * Words];
        _mask = capacity - 1;
        _shift = 64 - BitOperations.Log2((uint)capacity);
        var max = 1e-9f;
        foreach (var w in weights) max = Math.Max(max, Math.Abs(w));
        Scale = max / short.MaxValue;
        for (var f = 0; f < features.Length; f++)
        {
            var row = f * NerTags.Count;
            var key = Key(features[f]);
            var i = Slot(key);
            while (_slots[i * Words] != 0) i = (i + 1) & _mask;
            _slots[i * Words] = key;
            ulong low = 0, high = 0;
            for (var k = 0; k < NerTags.Count; k++)
            {
                var q = (ulong)(ushort)(short)Math.Round(weights[row + k] / Scale);
                if (k < 4) low |= q << (16 * k);
                else high |= q << (16 * (k - 4));
            }
            _slots[(i * Words) + 1] = low;
            _slots[(i * Words) + 2] = high;
        }
        Count = features.Length;
    }

    public int Count { get; }

    /// <summary>Multiply summed quantised weights by this to get the model's scale back (argmax does not need it).</summary>
    public float Scale { get; }

    /// <summary>Adds the quantised weights of <paramref name="feature"/> to <paramref name="scores"/>, if the model has it.</summary>
    public void Add(ulong feature, Span<int> scores)
    {
        var key = Key(feature);
        var slots = _slots;
        for (var i = Slot(key); ; i = (i + 1) & _mask)
        {
            var at = i * Words;
            var k = slots[at];
            if (k == 0) return;
            if (k != key) continue;
            var low = slots[at + 1];
            var high = slots[at + 2];
            scores[0] += (short)low;
            scores[1] += (short)(low >> 16);
            scores[2] += (short)(low >> 32);
            scores[3] += (short)(low >> 48);
            scores[4] += (short)high;
            scores[5] += (short)(high >> 16);
            scores[6] += (short)(high >> 32);
            return;
        }
    }

    // 0 marks an empty slot, so the (astronomically rare) feature hash 0 is stored as 1.
    private static ulong Key(ulong feature) => feature == 0 ? 1 : feature;

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
