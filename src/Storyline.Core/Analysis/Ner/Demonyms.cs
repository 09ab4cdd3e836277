namespace Storyline.Core.Analysis.Ner;

/// <summary>
/// Nationality and other adjectival names ("Iraqi", "Israeli", "Palestinian", "Syrian") are no entities in the
/// UNER guidelines, but a tagger sees a capitalised word built on a place name and says LOC. A single word that is
/// a known place name plus a demonym suffix is recognised by its morphology and the word table's place evidence.
/// </summary>
internal static class Demonyms
{
    // Longest first, so "Palestinian" tries -ian before -n.
    private static readonly string[] Suffixes = ["ian", "ese", "ish", "an", "i", "n"];
    private static readonly string[] StemEndings = ["", "e", "a", "y"];

    /// <summary>Whether <paramref name="word"/> (capitalised, one token) is a demonym of a place the training data names.</summary>
    public static bool Is(ReadOnlySpan<char> word, WordTable words)
    {
        if (word.Length < 5 || !char.IsUpper(word[0])) return false;
        Span<char> stem = stackalloc char[word.Length + 1];
        foreach (var suffix in Suffixes)
        {
            if (!word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) || word.Length - suffix.Length < 3) continue;
            var root = word[..^suffix.Length];
            root.CopyTo(stem);
            foreach (var ending in StemEndings)
            {
                ending.AsSpan().CopyTo(stem[root.Length..]);
                var code = words.Lookup(FeatureHash.Lower(stem[..(root.Length + ending.Length)]));
                var gazetteer = (int)(code & 0xFF);
                var capital = (int)((code >> 8) & 0xFF);
                // WordTable.Encode: gazetteer 2 + 3·type + share bucket, type 1 is LOC and buckets 1–2 "at least 30 %
                // a name"; capital 3·bucket + frequency, frequency 1–2 "seen more than once" (not a stray typo).
                if (gazetteer is 6 or 7 && capital % 3 != 0) return true;
            }
        }
        return false;
    }
}
