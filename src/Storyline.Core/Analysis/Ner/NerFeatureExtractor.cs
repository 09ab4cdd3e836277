namespace Storyline.Core.Analysis.Ner;

/// <summary>
/// Turns one sentence's tokens into hashed perceptron features: the word, its shape, affixes, a ±2 context
/// window, gazetteer and capitalisation codes (<see cref="WordTable"/>), and the previous tags. Training and
/// tagging share this class, so the features can never drift apart. Not thread-safe: one per thread.
/// </summary>
public sealed class NerFeatureExtractor
{
    /// <summary>Upper bound of <see cref="Extract"/>'s result: size the destination with it.</summary>
    public const int MaxFeatures = 48;

    private const int Window = 2;
    private static readonly ulong Ish = FeatureHash.Lower("ish"), Ian = FeatureHash.Lower("ian"), Ean = FeatureHash.Lower("ean"), Ese = FeatureHash.Lower("ese");
    private TokenInfo[] _tokens = new TokenInfo[64];
    private int _count;

    private struct TokenInfo
    {
        public ulong Lower, Shape, ShortShape, Exact;
        public ulong P1, P2, P3, S1, S2, S3, S4;
        public int Gazetteer, Capital;
        public bool Initial, Upper, AllCaps, Digit, LowerCase;
        public int Length;
    }

    /// <summary>Starts a sentence of <paramref name="count"/> tokens; then call <see cref="SetToken"/> for each.</summary>
    public void Begin(int count)
    {
        if (_tokens.Length < count) _tokens = new TokenInfo[Math.Max(count, _tokens.Length * 2)];
        _count = count;
    }

    /// <summary>Records token <paramref name="index"/> of the current sentence.</summary>
    public void SetToken(int index, ReadOnlySpan<char> word, WordTable words)
    {
        ref var t = ref _tokens[index];
        t.Initial = index == 0;
        t.Length = word.Length;
        var upper = 0;
        var digit = false;
        var allLower = true;
        Span<char> shape = stackalloc char[12];
        Span<char> brief = stackalloc char[12];
        int shapeLength = 0, briefLength = 0, run = 0;
        var last = '\0';
        // One pass: FNV of the lower-cased word is incremental, so its 1-3 letter prefixes fall out on the way.
        ulong lower = FeatureHash.Seed, exact = FeatureHash.Seed;
        ulong p1 = lower, p2 = lower, p3 = lower;
        for (var n = 0; n < word.Length; n++)
        {
            var c = word[n];
            lower = FeatureHash.Step(lower, char.ToLowerInvariant(c));
            exact = FeatureHash.Step(exact, c);
            if (n == 0) p1 = p2 = p3 = lower;
            else if (n == 1) p2 = p3 = lower;
            else if (n == 2) p3 = lower;
            var isUpper = char.IsUpper(c);
            if (!char.IsLower(c)) allLower = false;
            var k = isUpper ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (isUpper) upper++;
            if (k == 'd') digit = true;
            run = k == last ? run + 1 : 1;
            if (run <= 3 && shapeLength < shape.Length) shape[shapeLength++] = k;
            if (k != last && briefLength < brief.Length) brief[briefLength++] = k;
            last = k;
        }
        t.Lower = lower;
        t.Exact = exact;
        t.P1 = p1;
        t.P2 = p2;
        t.P3 = p3;
        t.Shape = FeatureHash.Exact(shape[..shapeLength]);
        t.ShortShape = FeatureHash.Exact(brief[..briefLength]);
        t.Upper = word.Length > 0 && char.IsUpper(word[0]);
        t.AllCaps = upper == word.Length && upper > 1;
        t.Digit = digit;
        t.LowerCase = allLower;
        t.S1 = FeatureHash.Lower(word[Math.Max(0, word.Length - 1)..]);
        t.S2 = FeatureHash.Lower(word[Math.Max(0, word.Length - 2)..]);
        t.S3 = FeatureHash.Lower(word[Math.Max(0, word.Length - 3)..]);
        t.S4 = FeatureHash.Lower(word[Math.Max(0, word.Length - 4)..]);
        var code = words.Lookup(t.Lower);
        t.Gazetteer = code & 0xFF;
        t.Capital = code >> 8;
    }

    /// <summary>
    /// The B- tag of the name type that token <paramref name="i"/> spells in lower case ("kerala", "san francisco"
    /// in chat-style text), or -1: a lower-case word that the training data shows as part of a name of one type at
    /// least three times in four and capitalises at least 95 % of the time away from a sentence start, so that it
    /// is rarely a common word. A case-insensitive gazetteer lookup, used in caseless sentences only (<see cref="IsCaseless"/>).
    /// </summary>
    public int LowerCaseName(int i)
    {
        ref var t = ref _tokens[i];
        if (!t.LowerCase || t.Length < 3 || t.S3 is var s && (s == Ish || s == Ian || s == Ean || s == Ese)) return -1;
        // WordTable.Encode: gazetteer 2 + 3·type + 2 is "mostly a name of that type"; capital 3·4 + f is "capitalised
        // ≥ 95 %", f ≥ 1 seen more than once. Words with adjectival endings (BTC tags "irish" a name) are left alone.
        if (t.Capital < 13 || t.Gazetteer < 2 || (t.Gazetteer - 2) % 3 != 2) return -1;
        return NerTags.Begin((EntityType)((t.Gazetteer - 2) / 3));
    }

    /// <summary>
    /// Whether token <paramref name="i"/> is a word the training data never shows inside a name and writes in lower
    /// case away from a sentence start at least 95 % of the time ("Laughter" in a transcript's
    /// "(Laughter)"): alone, it is no name.
    /// </summary>
    public bool IsCommonWord(int i)
    {
        ref var t = ref _tokens[i];
        // WordTable.Encode: gazetteer 1 is "seen, never in a name"; capital 3–5 is "capitalised under 5 %".
        return t.Gazetteer == 1 && t.Capital is 3 or 4 or 5;
    }

    /// <summary>The name type token <paramref name="i"/> has at least three times in four in the training data, if any.</summary>
    public EntityType? ConfidentType(int i)
    {
        var g = _tokens[i].Gazetteer;
        return g >= 2 && (g - 2) % 3 == 2 ? (EntityType)((g - 2) / 3) : null;
    }

    /// <summary>
    /// Whether the current sentence is written without capitals (no capitalised word after the first but "I"):
    /// only there is a lower-case word a name's spelling rather than a common word ("we bought a turkey").
    /// </summary>
    public bool IsCaseless()
    {
        for (var i = 1; i < _count; i++)
            if (_tokens[i].Upper && _tokens[i].Length > 1) return false;
        return true;
    }

    /// <summary>
    /// Writes the features of token <paramref name="i"/> that do not depend on earlier tags into
    /// <paramref name="dest"/> and returns how many; <see cref="ExtractTagged"/> adds the tag-dependent ones.
    /// </summary>
    public int Extract(int i, Span<ulong> dest)
    {
        var n = 0;
        ref var t = ref _tokens[i];
        dest[n++] = F(1, 0);
        dest[n++] = F(2, t.Lower);
        dest[n++] = F(3, t.Shape);
        dest[n++] = F(4, t.ShortShape);
        dest[n++] = F(5, t.P1);
        dest[n++] = F(6, t.P2);
        dest[n++] = F(7, t.P3);
        dest[n++] = F(8, t.S1);
        dest[n++] = F(9, t.S2);
        dest[n++] = F(10, t.S3);
        dest[n++] = F(11, t.S4);
        dest[n++] = F(12, (ulong)((t.Initial ? 1 : 0) | (t.Upper ? 2 : 0) | (t.AllCaps ? 4 : 0) | (t.Digit ? 8 : 0)));
        dest[n++] = F(13, (ulong)t.Gazetteer);
        dest[n++] = F(14, (ulong)t.Capital);
        dest[n++] = F(15, (ulong)(t.Gazetteer | (t.Capital << 8) | (t.Initial ? 1 << 16 : 0)));
        dest[n++] = F(16, t.Exact);
        dest[n++] = F(17, (ulong)Math.Min(t.Length, 12));
        for (var d = -Window; d <= Window; d++)
        {
            if (d == 0) continue;
            var j = i + d;
            var slot = (ulong)(d + Window);
            if (j < 0 || j >= _count)
            {
                dest[n++] = F(20 + slot, 0xB0UL);
                continue;
            }
            ref var o = ref _tokens[j];
            dest[n++] = F(20 + slot, o.Lower);
            dest[n++] = F(30 + slot, o.ShortShape);
            dest[n++] = F(40 + slot, (ulong)o.Gazetteer);
            dest[n++] = F(50 + slot, (ulong)o.Capital);
            if (d is -1 or 1)
            {
                dest[n++] = F(60 + slot, FeatureHash.Mix(o.Lower, t.Lower));
                dest[n++] = F(70 + slot, o.S3);
                dest[n++] = F(80 + slot, FeatureHash.Mix(o.ShortShape, t.ShortShape));
            }
        }
        var left = i > 0 ? _tokens[i - 1].ShortShape : 1UL;
        var right = i + 1 < _count ? _tokens[i + 1].ShortShape : 1UL;
        dest[n++] = F(90, FeatureHash.Mix(FeatureHash.Mix(left, t.ShortShape), right));
        return n;
    }

    /// <summary>Writes the features that depend on the two previous tags; returns how many.</summary>
    public int ExtractTagged(int i, int previous, int previous2, Span<ulong> dest)
    {
        ref var t = ref _tokens[i];
        dest[0] = F(100, (ulong)previous);
        dest[1] = F(101, (ulong)((previous * 16) + previous2));
        dest[2] = F(102, FeatureHash.Mix((ulong)previous, t.Lower));
        dest[3] = F(103, FeatureHash.Mix((ulong)previous, t.ShortShape));
        dest[4] = F(104, FeatureHash.Mix((ulong)previous, (ulong)t.Gazetteer));
        return 5;
    }

    private static ulong F(ulong template, ulong value) => FeatureHash.Mix(template * 0x100000001B3UL, value);
}
