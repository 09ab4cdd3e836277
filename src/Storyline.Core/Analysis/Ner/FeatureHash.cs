namespace Storyline.Core.Analysis.Ner;

/// <summary>64-bit hashing of feature names without building strings (the tagger's hot path).</summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash of the empty string.</summary>
    public const ulong Seed = Offset;

    /// <summary>One FNV-1a step: the hash of a string extended by <paramref name="c"/>.</summary>
    public static ulong Step(ulong hash, char c) => (hash ^ c) * Prime;

    /// <summary>FNV-1a of the lower-cased characters.</summary>
    public static ulong Lower(ReadOnlySpan<char> s)
    {
        var h = Offset;
        foreach (var c in s)
        {
            h ^= char.ToLowerInvariant(c);
            h *= Prime;
        }
        return h;
    }

    /// <summary>FNV-1a of the characters as they are.</summary>
    public static ulong Exact(ReadOnlySpan<char> s)
    {
        var h = Offset;
        foreach (var c in s)
        {
            h ^= c;
            h *= Prime;
        }
        return h;
    }

    /// <summary>Combines two hashes (a template id and a value, or two values).</summary>
    public static ulong Mix(ulong a, ulong b)
    {
        var h = a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2));
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }
}
