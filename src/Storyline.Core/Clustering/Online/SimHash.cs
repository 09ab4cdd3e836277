namespace Storyline.Core.Clustering.Online;

/// <summary>
/// Charikar's SimHash over word 3-shingles: near-identical texts (a syndicated agency story with a changed
/// headline or footer) land within a few bits of each other. Hand-written: it is a dozen lines and no
/// maintained .NET package offers it without pulling in a whole search engine.
/// </summary>
internal static class SimHash
{
    private const int ShingleWords = 3;

    public static ulong Compute(List<ulong> wordHashes)
    {
        if (wordHashes.Count == 0) return 0;
        Span<int> votes = stackalloc int[64];
        var shingles = Math.Max(1, wordHashes.Count - ShingleWords + 1);
        for (var i = 0; i < shingles; i++)
        {
            var h = 0UL;
            for (var j = i; j < Math.Min(i + ShingleWords, wordHashes.Count); j++) h = (h * 31) ^ wordHashes[j];
            h = Mix(h);
            for (var bit = 0; bit < 64; bit++) votes[bit] += (int)((h >> bit) & 1) * 2 - 1;
        }
        var fingerprint = 0UL;
        for (var bit = 0; bit < 64; bit++)
            if (votes[bit] > 0) fingerprint |= 1UL << bit;
        return fingerprint;
    }

    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);

    /// <summary>SplitMix64 finaliser: spreads shingle hashes over all 64 bits.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
        return z ^ (z >> 31);
    }
}
