namespace Storyline.Core.Discussion.Scoring;

/// <summary>
/// Turns comment text into a hashed sparse vector: word n-grams and character n-grams (each block sub-linear tf,
/// L2-normalised) plus the dense behavioural features.
/// </summary>
public sealed class CommentFeaturizer
{
    // A unit-length block lets a long text add up many small weights (sqrt of its size times their mean); in the
    // training comments long meant spam, so long legitimate comments drifted towards spam. Beyond these sizes a
    // block shrinks, so a long text weighs about as much as a medium one.
    private const int DampWordsAbove = 60;
    private const int DampCharactersAbove = 600;

    private readonly int hashedSpace;

    /// <summary>A featurizer for <paramref name="options"/>.</summary>
    public CommentFeaturizer(FeatureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        Dimension = 1 << options.HashBits;
        hashedSpace = Dimension - BehaviourFeatures.Slots;
    }

    /// <summary>The options this featurizer applies.</summary>
    public FeatureOptions Options { get; }

    /// <summary>Length of the vectors produced.</summary>
    public int Dimension { get; }

    /// <summary>The features of <paramref name="rawText"/>; any string (empty, huge, HTML, any script) is accepted.</summary>
    public SparseVector Featurize(string rawText)
    {
        ArgumentNullException.ThrowIfNull(rawText);
        var plain = CommentText.Plain(rawText);
        var words = CommentText.Words(plain);
        var features = new Dictionary<int, float>();
        if (Options.MaxWordNgram > 0) AddWords(words, features);
        if (Options.MinCharNgram > 0) AddCharacters(CommentText.ForCharacters(plain), features);
        if (Options.Behaviour) BehaviourFeatures.Add(plain, words, Options.BehaviourScale, features);
        var indices = features.Keys.ToArray();
        Array.Sort(indices);
        var values = new float[indices.Length];
        for (var i = 0; i < indices.Length; i++) values[i] = features[indices[i]];
        return new SparseVector(indices, values);
    }

    /// <summary>The word tokens the featurizer sees (lower-cased, URLs folded), for simple word-level models.</summary>
    public static IReadOnlyList<string> Tokens(string rawText) => CommentText.Words(CommentText.Plain(rawText));

    private void AddWords(List<string> words, Dictionary<int, float> into)
    {
        var counts = new Dictionary<int, float>();
        for (var i = 0; i < words.Count; i++)
        {
            Count(counts, FeatureHash.Of('w', words[i]));
            if (Options.MaxWordNgram >= 2 && i > 0) Count(counts, FeatureHash.Of('b', words[i - 1], words[i]));
            if (Options.MaxWordNgram >= 3 && i > 1) Count(counts, FeatureHash.Of('t', words[i - 2] + " " + words[i - 1], words[i]));
        }
        AddBlock(counts, into, DampWordsAbove);
    }

    private void AddCharacters(string text, Dictionary<int, float> into)
    {
        var padded = " " + text + " ";
        var counts = new Dictionary<int, float>();
        for (var n = Options.MinCharNgram; n <= Options.MaxCharNgram; n++)
        {
            var space = (char)('0' + n);
            for (var i = 0; i + n <= padded.Length; i++) Count(counts, FeatureHash.Of(space, padded.AsSpan(i, n)));
        }
        AddBlock(counts, into, DampCharactersAbove);
    }

    private void Count(Dictionary<int, float> counts, uint hash)
    {
        var index = BehaviourFeatures.Slots + (int)(hash % (uint)hashedSpace);
        counts[index] = counts.GetValueOrDefault(index) + 1;
    }

    private static void AddBlock(Dictionary<int, float> counts, Dictionary<int, float> into, int dampAbove)
    {
        if (counts.Count == 0) return;
        double norm = 0;
        foreach (var count in counts.Values)
        {
            var value = 1 + MathF.Log(count);
            norm += value * value;
        }
        var scale = (float)(1 / Math.Sqrt(norm) * Math.Min(1, Math.Sqrt((double)dampAbove / counts.Count)));
        foreach (var (key, count) in counts) into[key] = into.GetValueOrDefault(key) + (1 + MathF.Log(count)) * scale;
    }
}
