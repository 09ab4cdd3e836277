using System.IO.Compression;

namespace Storyline.Core.Analysis.Ner;

/// <summary>
/// The trained weights of the entity tagger (feature hash → one weight per tag) and its <see cref="WordTable"/>.
/// Stored gzip-compressed with half-precision weights; read once per process.
/// </summary>
public sealed class NerModel
{
    /// <summary>Refuse model files claiming more features than this (a corrupt or hostile file).</summary>
    public const int MaxFeatures = 20_000_000;

    private const int Magic = 0x4E45524D; // "NERM"
    private const int Version = 2;
    private const string ResourceName = "Storyline.Core.Models.Ner.ner-model.bin";

    private static readonly Lazy<NerModel?> Embedded = new(LoadEmbedded);

    private readonly ulong[] _keys;
    private readonly FeatureTable _table;
    private readonly float[] _weights;

    /// <summary>A model of features <paramref name="keys"/>, feature i having weights [7i, 7i+7) of <paramref name="weights"/>.</summary>
    public NerModel(ulong[] keys, float[] weights, WordTable words)
    {
        if (weights.Length != keys.Length * NerTags.Count) throw new ArgumentException("one weight per tag and feature", nameof(weights));
        _keys = keys;
        _table = new FeatureTable(keys, weights);
        _weights = weights;
        Words = words;
    }

    public WordTable Words { get; }

    /// <summary>Subtracted from the O score before choosing a tag: trades precision for recall (tuned on UNER dev).</summary>
    public float EntityBias { get; set; }

    /// <summary><see cref="EntityBias"/> in the units of <see cref="Score"/>.</summary>
    public int QuantizedEntityBias => (int)Math.Round(EntityBias / _table.Scale);

    public int FeatureCount => _keys.Length;

    /// <summary>The weight of one unit of <see cref="Score"/>'s integer scores.</summary>
    public double ScoreScale => _table.Scale;

    /// <summary>The model shipped in this assembly, or null when the build has none.</summary>
    public static NerModel? Default => Embedded.Value;

    /// <summary>Adds the (quantised) weights of <paramref name="features"/> to <paramref name="scores"/> (one per tag).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        foreach (var f in features) _table.Add(f, scores);
    }

    /// <summary>Writes the model (gzip, half-precision weights).</summary>
    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(EntityBias);
        Words.Write(writer);
        writer.Write(_keys.Length);
        foreach (var i in Enumerable.Range(0, _keys.Length).OrderBy(i => _keys[i]))
        {
            writer.Write(_keys[i]);
            for (var k = 0; k < NerTags.Count; k++) writer.Write((Half)_weights[(i * NerTags.Count) + k]);
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static NerModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var reader = new BinaryReader(buffered);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version) throw new InvalidDataException("not a Storyline NER model");
        var bias = reader.ReadSingle();
        var words = WordTable.Read(reader, MaxFeatures);
        var count = reader.ReadInt32();
        if (count < 0 || count > MaxFeatures) throw new InvalidDataException("NER model too large");
        var keys = new ulong[count];
        var weights = new float[count * NerTags.Count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = reader.ReadUInt64();
            for (var k = 0; k < NerTags.Count; k++) weights[(i * NerTags.Count) + k] = (float)reader.ReadHalf();
        }
        return new NerModel(keys, weights, words) { EntityBias = bias };
    }

    private static NerModel? LoadEmbedded()
    {
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    }
}
