namespace Storyline.Core.Discussion.Scoring;

/// <summary>
/// A stable 32-bit FNV-1a hash of strings for the hashing trick. Hand-written because model files must hash the
/// same way in every process (string.GetHashCode is randomised) and Core takes no package for five lines.
/// </summary>
internal static class FeatureHash
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>Hash of a namespace character followed by the text, so words and character n-grams never share buckets by design.</summary>
    public static uint Of(char space, ReadOnlySpan<char> text)
    {
        var hash = (OffsetBasis ^ space) * Prime;
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }
        return hash;
    }

    /// <summary>Hash of two words joined (a bigram) without allocating the joined string.</summary>
    public static uint Of(char space, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var hash = Of(space, first);
        hash = (hash ^ ' ') * Prime;
        foreach (var c in second)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }
        return hash;
    }
}
