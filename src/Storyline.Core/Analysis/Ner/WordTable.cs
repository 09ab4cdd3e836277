namespace Storyline.Core.Analysis.Ner;

/// <summary>
/// What the tagger knows about a word type beyond its spelling: a gazetteer code (how often the word is part of
/// a PER, LOC or ORG name in the training data) and a capitalisation code (how often it is capitalised away from
/// a sentence start), the word-list and cluster-like evidence a perceptron cannot learn from one sentence.
/// Keyed by <see cref="FeatureHash.Lower"/> of the word.
/// </summary>
public sealed class WordTable
{
    private readonly Dictionary<ulong, ushort> _codes;

    public WordTable(Dictionary<ulong, ushort> codes) => _codes = codes;

    public int Count => _codes.Count;

    /// <summary>The gazetteer code (low byte) and capitalisation code (high byte) of a word; 0 when unknown.</summary>
    public ushort Lookup(ulong lowerHash) => _codes.GetValueOrDefault(lowerHash);

    /// <summary>Packs gazetteer counts and capitalisation counts into the two codes.</summary>
    public static ushort Encode(int per, int loc, int org, int outside, int capitalised, int seen)
    {
        var entity = per + loc + org;
        int gazetteer;
        if (entity == 0) gazetteer = per + loc + org + outside > 0 ? 1 : 0;
        else
        {
            var type = per >= loc && per >= org ? 0 : loc >= org ? 1 : 2;
            var share = (double)entity / (entity + outside);
            gazetteer = 2 + (type * 3) + (share >= 0.75 ? 2 : share >= 0.3 ? 1 : 0);
        }
        var capital = 0;
        if (seen > 0)
        {
            var ratio = (double)capitalised / seen;
            var bucket = ratio < 0.05 ? 1 : ratio < 0.5 ? 2 : ratio < 0.95 ? 3 : 4;
            var frequency = seen == 1 ? 0 : seen < 10 ? 1 : 2;
            capital = (bucket * 3) + frequency;
        }
        return (ushort)(gazetteer | (capital << 8));
    }

    internal void Write(BinaryWriter writer)
    {
        writer.Write(_codes.Count);
        foreach (var (key, code) in _codes.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write(code);
        }
    }

    internal static WordTable Read(BinaryReader reader, int maxEntries)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > maxEntries) throw new InvalidDataException("word table too large");
        var codes = new Dictionary<ulong, ushort>(count);
        for (var i = 0; i < count; i++) codes[reader.ReadUInt64()] = reader.ReadUInt16();
        return new WordTable(codes);
    }
}
