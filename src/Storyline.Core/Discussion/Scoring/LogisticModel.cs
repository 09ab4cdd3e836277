using System.IO.Compression;
using System.Text;

namespace Storyline.Core.Discussion.Scoring;

/// <summary>A binary logistic-regression model over hashed comment features; its file is small, versioned and gzip-compressed.</summary>
public sealed class LogisticModel
{
    private const string Magic = "SLLR";
    private const int FormatVersion = 2;

    /// <summary>A model from its parts; <paramref name="weights"/> (and <paramref name="scales"/>, when given) must have the featurizer's dimension.</summary>
    public LogisticModel(FeatureOptions features, float[] weights, float bias, float[]? scales = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(weights);
        Featurizer = new CommentFeaturizer(features);
        if (weights.Length != Featurizer.Dimension) throw new ArgumentException($"expected {Featurizer.Dimension} weights, got {weights.Length}", nameof(weights));
        if (scales is not null && scales.Length != weights.Length) throw new ArgumentException($"expected {weights.Length} scales, got {scales.Length}", nameof(scales));
        Weights = weights;
        Bias = bias;
        Scales = scales;
    }

    /// <summary>The featurizer matching this model.</summary>
    public CommentFeaturizer Featurizer { get; }

    /// <summary>Feature options the model was trained with.</summary>
    public FeatureOptions Features => Featurizer.Options;

    internal float[] Weights { get; }

    internal float Bias { get; }

    /// <summary>Naive-Bayes feature scales applied before the weights (see <see cref="NaiveBayesScales"/>), or null.</summary>
    internal float[]? Scales { get; }

    /// <summary>The same model with another bias (a shifted decision point).</summary>
    internal LogisticModel WithBias(float bias) => new(Features, Weights, bias, Scales);

    /// <summary>The vector the weights apply to: the features, scaled when the model has scales.</summary>
    internal SparseVector Prepare(SparseVector features) => Scales is null ? features : NaiveBayesScales.Apply(features, Scales);

    /// <summary>Probability in [0,1] that <paramref name="text"/> is positive.</summary>
    public double Probability(string text) => Probability(Featurizer.Featurize(text));

    /// <summary>Probability in [0,1] for an already featurized text.</summary>
    public double Probability(SparseVector features) => Sigmoid(Margin(features));

    /// <summary>The raw log-odds.</summary>
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
        writer.Write(FormatVersion);
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
            if (version is not (1 or FormatVersion)) throw new InvalidDataException($"comment model format {version} is not supported");
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
        catch (Exception e) when (e is EndOfStreamException or ArgumentOutOfRangeException)
        {
            throw new InvalidDataException("comment model file is truncated or corrupt", e);
        }
    }
}
