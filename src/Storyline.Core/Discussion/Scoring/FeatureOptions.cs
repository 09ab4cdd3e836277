namespace Storyline.Core.Discussion.Scoring;

/// <summary>Which features a model reads; stored in the model file so a model is always fed what it was trained on.</summary>
public sealed record FeatureOptions
{
    /// <summary>log2 of the hashed feature space (18 = 262,144 weights, about 1 MB per model before compression).</summary>
    public int HashBits { get; init; } = 18;

    /// <summary>Longest word n-gram (0 turns word features off).</summary>
    public int MaxWordNgram { get; init; } = 2;

    /// <summary>Shortest character n-gram (0 turns character features off).</summary>
    public int MinCharNgram { get; init; } = 2;

    /// <summary>Longest character n-gram.</summary>
    public int MaxCharNgram { get; init; } = 5;

    /// <summary>Whether the behavioural features (links, capitals, repetition, promotion phrases) are included.</summary>
    public bool Behaviour { get; init; } = true;

    /// <summary>Multiplier of the behavioural features against the unit-length n-gram blocks.</summary>
    public float BehaviourScale { get; init; } = 1;

    /// <summary>Words only, as the classic multinomial baselines see text.</summary>
    public static FeatureOptions WordsOnly { get; } = new() { MaxWordNgram = 1, MinCharNgram = 0, MaxCharNgram = 0, Behaviour = false };

    /// <summary>Word and character n-grams without behavioural features: the logistic-regression baseline.</summary>
    public static FeatureOptions NgramsOnly { get; } = new() { Behaviour = false };

    /// <summary>Checks the options describe a feature space this code can build.</summary>
    public void Validate()
    {
        if (HashBits is < 10 or > 24) throw new ArgumentOutOfRangeException(nameof(HashBits), HashBits, "hash bits must be in 10..24");
        if (MaxWordNgram is < 0 or > 3) throw new ArgumentOutOfRangeException(nameof(MaxWordNgram), MaxWordNgram, "word n-grams must be 0..3");
        if (MinCharNgram < 0 || MaxCharNgram > 8 || (MinCharNgram > 0 && MaxCharNgram < MinCharNgram))
            throw new ArgumentOutOfRangeException(nameof(MinCharNgram), MinCharNgram, "character n-grams must satisfy 1 <= min <= max <= 8");
    }
}
