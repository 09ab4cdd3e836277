using System.IO.Compression;
using System.Text;

namespace Storyline.Core.Discussion.Scoring;

/// <summary>
/// A binary logistic-regression model over hashed comment features, optionally blended in log-odds with member
/// models that read other features (see <see cref="BlendTraining"/>); its file is small, versioned and gzip-compressed.
/// </summary>
public sealed class LogisticModel
{
    private const string Magic = "SLLR";
    private const int FormatVersion = 2;

    // Version 3 is version 2 followed by the blended members; a model without members is still written as version 2,
    // so its file is byte-identical to what earlier builds wrote and they can read it.
    private const int BlendedFormatVersion = 3;

    /// <summary>A model from its parts; <paramref name="weights"/> (and <paramref name="scales"/>, when given) must have the featurizer's dimension.</summary>
    public LogisticModel(FeatureOptions features, float[] weights, float bias, float[]? scales = null)
        : this(features, weights, bias, scales, [], [])
    {
    }

    private LogisticModel(FeatureOptions features, float[] weights, float bias, float[]? scales, IReadOnlyList<LogisticModel> members, float[] memberShares)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(weights);
        Featurizer = new CommentFeaturizer(features);
        if (weights.Length != Featurizer.Dimension) throw new ArgumentException($"expected {Featurizer.Dimension} weights, got {weights.Length}", nameof(weights));
        if (scales is not null && scales.Length != weights.Length) throw new ArgumentException($"expected {weights.Length} scales, got {scales.Length}", nameof(scales));
        if (members.Count != memberShares.Length || members.Any(m => m.Members.Count > 0)) throw new ArgumentException("members must be single models, one share each", nameof(members));
        if (memberShares.Any(w => !(w >= 0)) || !(memberShares.Sum() < 1)) throw new ArgumentException("member shares must be non-negative and leave the main model a share", nameof(memberShares));
        Weights = weights;
        Bias = bias;
        Scales = scales;
        Members = members;
        MemberShares = memberShares;
        OwnShare = 1 - memberShares.Sum();
    }

    /// <summary>The featurizer matching this model.</summary>
    public CommentFeaturizer Featurizer { get; }

    /// <summary>Feature options the model was trained with.</summary>
    public FeatureOptions Features => Featurizer.Options;

    internal float[] Weights { get; }

    internal float Bias { get; }

    /// <summary>Naive-Bayes feature scales applied before the weights (see <see cref="NaiveBayesScales"/>), or null.</summary>
    internal float[]? Scales { get; }

    /// <summary>Models blended with this one (each reads its own features); empty for a single model.</summary>
    public IReadOnlyList<LogisticModel> Members { get; }

    /// <summary>Share of each member in the blended log-odds; the main model has the rest (1 minus their sum).</summary>
    internal float[] MemberShares { get; }

    /// <summary>The main model's share in the blended log-odds (1 minus the members' shares; read on every score).</summary>
    internal float OwnShare { get; }

    /// <summary>The same model with another bias (a shifted decision point), keeping its members.</summary>
    internal LogisticModel WithBias(float bias) => new(Features, Weights, bias, Scales, Members, MemberShares);

    /// <summary>This model's own part blended with <paramref name="members"/> at <paramref name="shares"/>.</summary>
    internal LogisticModel WithMembers(IReadOnlyList<LogisticModel> members, float[] shares) => new(Features, Weights, Bias, Scales, members, shares);

    /// <summary>This model without its members (its own part, as trained on its own features).</summary>
    internal LogisticModel WithoutMembers() => Members.Count == 0 ? this : new(Features, Weights, Bias, Scales);

    /// <summary>The vector the weights apply to: the features, scaled when the model has scales.</summary>
    internal SparseVector Prepare(SparseVector features) => Scales is null ? features : NaiveBayesScales.Apply(features, Scales);

    /// <summary>Probability in [0,1] that <paramref name="text"/> is positive (blended with the members, if any).</summary>
    public double Probability(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var margin = Margin(Featurizer.Featurize(text));
        if (Members.Count == 0) return Sigmoid(margin);
        margin *= OwnShare;
        for (var k = 0; k < Members.Count; k++) margin += MemberShares[k] * Members[k].Margin(Members[k].Featurizer.Featurize(text));
        return Sigmoid(margin);
    }

    /// <summary>Probability in [0,1] for a text featurized by <see cref="Featurizer"/>: this model's own part, without its members.</summary>
    public double Probability(SparseVector features) => Sigmoid(Margin(features));

    /// <summary>The raw log-odds of this model's own part (members not included).</summary>
    public double Margin(SparseVector features)
    {
        ArgumentNullException.ThrowIfNull(features);
        features = Prepare(features);
        double sum = Bias;
        for (var i = 0; i < features.Indices.Length; i++) sum += Weights[features.Indices[i]] * features.Values[i];
        return sum;
    }

    internal static double Sigmoid(double margin) => margin >= 0 ? 1 / (1 + Math.Exp(-margin)) : Math.Exp(margin) / (1 + Math.Exp(margin));

    /// <summary>Writes the model to <paramref name="stream"/>.</summary>
    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(Members.Count == 0 ? FormatVersion : BlendedFormatVersion);
        WritePart(writer);
        if (Members.Count == 0) return;
        writer.Write(Members.Count);
        for (var k = 0; k < Members.Count; k++)
        {
            writer.Write(MemberShares[k]);
            Members[k].WritePart(writer);
        }
    }

    private void WritePart(BinaryWriter writer)
    {
        writer.Write(Features.HashBits);
        writer.Write(Features.MaxWordNgram);
        writer.Write(Features.MinCharNgram);
        writer.Write(Features.MaxCharNgram);
        writer.Write(Features.Behaviour);
        writer.Write(Features.BehaviourScale);
        writer.Write(Bias);
        foreach (var weight in Weights) writer.Write(weight);
        writer.Write(Scales is not null);
        if (Scales is not null)
            foreach (var scale in Scales) writer.Write(scale);
    }

    /// <summary>Reads a model written by <see cref="Save"/>; throws <see cref="InvalidDataException"/> on anything else.</summary>
    public static LogisticModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new BinaryReader(gzip, Encoding.UTF8, leaveOpen: true);
            if (Encoding.ASCII.GetString(reader.ReadBytes(4)) != Magic) throw new InvalidDataException("not a Storyline comment model");
            var version = reader.ReadInt32();
            if (version is not (1 or FormatVersion or BlendedFormatVersion)) throw new InvalidDataException($"comment model format {version} is not supported");
            var main = ReadPart(reader, version);
            if (version < BlendedFormatVersion) return main;
            var count = reader.ReadInt32();
            if (count is < 1 or > 8) throw new InvalidDataException($"comment model declares {count} members");
            var members = new LogisticModel[count];
            var shares = new float[count];
            for (var k = 0; k < count; k++)
            {
                shares[k] = reader.ReadSingle();
                members[k] = ReadPart(reader, version);
            }
            return main.WithMembers(members, shares);
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentOutOfRangeException or ArgumentException)
        {
            throw new InvalidDataException("comment model file is truncated or corrupt", e);
        }
    }

    private static LogisticModel ReadPart(BinaryReader reader, int version)
    {
        var features = new FeatureOptions
        {
            HashBits = reader.ReadInt32(),
            MaxWordNgram = reader.ReadInt32(),
            MinCharNgram = reader.ReadInt32(),
            MaxCharNgram = reader.ReadInt32(),
            Behaviour = reader.ReadBoolean(),
            BehaviourScale = reader.ReadSingle(),
        };
        features.Validate();
        var bias = reader.ReadSingle();
        var weights = new float[1 << features.HashBits];
        for (var i = 0; i < weights.Length; i++) weights[i] = reader.ReadSingle();
        float[]? scales = null;
        if (version >= 2 && reader.ReadBoolean())
        {
            scales = new float[weights.Length];
            for (var i = 0; i < scales.Length; i++) scales[i] = reader.ReadSingle();
        }
        return new LogisticModel(features, weights, bias, scales);
    }
}
