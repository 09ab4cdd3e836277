using Storyline.Core.Analysis.Ner;

namespace Storyline.Training.Ner;

/// <summary>
/// Averaged perceptron (Collins 2002) over <see cref="NerFeatureExtractor"/> features, greedy decoding on the
/// model's own previous tags, with lazy averaging so an update costs only the features it touches.
/// </summary>
public sealed class PerceptronTrainer
{
    private const int K = NerTags.Count;
    private readonly Dictionary<ulong, int> _rows = new();
    private float[] _weights = new float[K * 1024];
    private double[] _totals = new double[K * 1024];
    private long[] _stamps = new long[K * 1024];
    private long _clock = 1;
    private readonly NerFeatureExtractor _features = new();
    private readonly ulong[] _buffer = new ulong[NerFeatureExtractor.MaxFeatures];

    /// <summary>One pass over <paramref name="sentences"/>; returns the token error count.</summary>
    public int Epoch(IReadOnlyList<LabeledSentence> sentences, IReadOnlyList<WordTable> tables /* one per sentence */, IReadOnlyList<int> order)
    {
        var errors = 0;
        Span<float> scores = stackalloc float[K];
        foreach (var index in order)
        {
            var s = sentences[index];
            var table = tables[index];
            _features.Begin(s.Words.Length);
            for (var i = 0; i < s.Words.Length; i++) _features.SetToken(i, s.Words[i], table);
            int previous = NerTags.Start, previous2 = NerTags.Start;
            for (var i = 0; i < s.Words.Length; i++)
            {
                var n = _features.Extract(i, _buffer);
                n += _features.ExtractTagged(i, previous, previous2, _buffer.AsSpan(n));
                var features = _buffer.AsSpan(0, n);
                scores.Clear();
                foreach (var f in features)
                    if (_rows.TryGetValue(f, out var row))
                        for (var k = 0; k < K; k++) scores[k] += _weights[row + k];
                var best = NerTags.O;
                for (var k = 1; k < K; k++)
                    if (scores[k] > scores[best] && NerTags.Allowed(previous, k)) best = k;
                var gold = s.Tags[i];
                if (best != gold)
                {
                    errors++;
                    foreach (var f in features)
                    {
                        var row = Row(f);
                        Bump(row + gold, 1f);
                        Bump(row + best, -1f);
                    }
                }
                _clock++;
                previous2 = previous;
                previous = best;
            }
        }
        return errors;
    }

    /// <summary>The averaged weights as a model, dropping features whose weights all stay under <paramref name="prune"/>.</summary>
    public NerModel Build(WordTable words, float prune) => Build([Averaged()], words, prune);

    /// <summary>The averaged weight row of every feature seen so far.</summary>
    public Dictionary<ulong, float[]> Averaged()
    {
        var result = new Dictionary<ulong, float[]>(_rows.Count);
        foreach (var (key, row) in _rows)
        {
            var average = new float[K];
            for (var k = 0; k < K; k++)
            {
                var i = row + k;
                var total = _totals[i] + ((_clock - _stamps[i]) * (double)_weights[i]);
                average[k] = (float)(total / _clock);
            }
            result[key] = average;
        }
        return result;
    }

    /// <summary>
    /// The mean of several runs' averaged weights (runs over different shuffles: a cheap ensemble that lowers the
    /// variance a single shuffle order leaves), pruned like <see cref="Build(WordTable, float)"/>.
    /// </summary>
    public static NerModel Build(IReadOnlyList<Dictionary<ulong, float[]>> runs, WordTable words, float prune)
    {
        var keys = new List<ulong>();
        var weights = new List<float>();
        var sum = new float[K];
        foreach (var key in runs.SelectMany(r => r.Keys).Distinct().Order())
        {
            Array.Clear(sum);
            foreach (var run in runs)
                if (run.TryGetValue(key, out var row))
                    for (var k = 0; k < K; k++) sum[k] += row[k] / runs.Count;
            if (!sum.Any(w => Math.Abs(w) >= prune)) continue;
            keys.Add(key);
            weights.AddRange(sum);
        }
        return new NerModel([.. keys], [.. weights], words);
    }

    private int Row(ulong feature)
    {
        if (_rows.TryGetValue(feature, out var row)) return row;
        row = _rows.Count * K;
        if (row + K > _weights.Length)
        {
            Array.Resize(ref _weights, _weights.Length * 2);
            Array.Resize(ref _totals, _totals.Length * 2);
            Array.Resize(ref _stamps, _stamps.Length * 2);
        }
        _rows[feature] = row;
        return row;
    }

    private void Bump(int i, float delta)
    {
        _totals[i] += (_clock - _stamps[i]) * (double)_weights[i];
        _stamps[i] = _clock;
        _weights[i] += delta;
    }
}
