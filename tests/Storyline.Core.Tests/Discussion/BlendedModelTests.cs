using System.IO.Compression;
using Storyline.Core.Discussion.Scoring;

namespace Storyline.Core.Tests.Discussion;

public sealed class BlendedModelTests
{
    private static readonly FeatureOptions Small = new() { HashBits = 12 };

    private static readonly MemberRecipe WordMember = new(
        new FeatureOptions { HashBits = 11, MaxWordNgram = 1, MinCharNgram = 0, MaxCharNgram = 0, Behaviour = false },
        new TrainingOptions { Epochs = 8, LearningRate = 0.1f, NaiveBayesScaling = true });

    private static readonly LabelledText[] Texts =
    [
        new() { Text = "you are a stupid idiot", Positive = true },
        new() { Text = "shut up you idiot troll", Positive = true },
        new() { Text = "what a stupid worthless take", Positive = true },
        new() { Text = "you worthless lying troll", Positive = true },
        new() { Text = "the council meeting ran late again", Positive = false },
        new() { Text = "thanks for the clear report on the flood", Positive = false },
        new() { Text = "I remember this street from my childhood", Positive = false },
        new() { Text = "the bridge reopens to traffic next week", Positive = false },
    ];

    public static TheoryData<int> CalibrationFolds => new() { 0, 2 };

    [Theory]
    [MemberData(nameof(CalibrationFolds))]
    public void Train_WithMember_BlendsBothAndLearns(int folds)
    {
        var model = Train(folds);

        var member = Assert.Single(model.Members);
        Assert.Equal(WordMember.Features, member.Features);
        Assert.InRange(model.OwnShare, 0.05f, 1f);
        Assert.True(model.Probability("stupid idiot troll") > 0.5);
        Assert.True(model.Probability("the flood report from the council") < 0.5);
    }

    [Fact]
    public void Train_WithMember_SameDataAndSeed_GivesIdenticalFiles()
    {
        Assert.Equal(Bytes(Train(2)), Bytes(Train(2)));
    }

    [Fact]
    public void SaveAndLoad_BlendedModel_KeepsMembersSharesAndPredictions()
    {
        var model = Train(2);
        var loaded = LogisticModel.Load(new MemoryStream(Bytes(model)));

        Assert.Equal(model.MemberShares, loaded.MemberShares);
        Assert.Equal(model.Members[0].Features, loaded.Members[0].Features);
        Assert.Equal(model.Probability("a stupid report"), loaded.Probability("a stupid report"), 6);
    }

    [Theory]
    [InlineData(false, 2)]
    [InlineData(true, 3)]
    public void Save_WritesVersion2UnlessBlended(bool blended, int expectedVersion)
    {
        var model = blended ? Train(0) : LogisticTrainer.Train(Texts, Small);
        using var gzip = new GZipStream(new MemoryStream(Bytes(model)), CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip);
        reader.ReadBytes(4);
        Assert.Equal(expectedVersion, reader.ReadInt32());
    }

    [Fact]
    public void Load_TruncatedBlendedModel_ThrowsInvalidData()
    {
        var bytes = Bytes(Train(0));
        using var full = new MemoryStream();
        using (var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress)) gzip.CopyTo(full);
        var raw = full.ToArray();
        using var cut = new MemoryStream();
        using (var gzip = new GZipStream(cut, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(raw, 0, raw.Length - 100);
        Assert.ThrowsAny<InvalidDataException>(() => LogisticModel.Load(new MemoryStream(cut.ToArray())));
    }

    [Fact]
    public void Retrain_BlendedModel_UpdatesEveryPartAndKeepsShares()
    {
        var model = Train(2);
        ModeratedComment[] decisions =
        [
            new() { Text = "a fine point about the bridge", Author = "a", Label = ModeratorLabel.Approved },
            new() { Text = "you pathetic clown", Author = "b", Label = ModeratorLabel.Abusive },
        ];

        var retrained = CommentModelTrainer.Retrain(new CommentModels(model, model), decisions).Abuse;

        Assert.Single(retrained.Members);
        Assert.Equal(model.MemberShares, retrained.MemberShares);
        Assert.Same(model.Members[0].Scales, retrained.Members[0].Scales);
        Assert.True(retrained.Probability("you pathetic clown") > model.Probability("you pathetic clown"));
    }

    private static LogisticModel Train(int folds) =>
        LogisticTrainer.Train(Texts, Small, new TrainingOptions { NaiveBayesScaling = true, CalibrationFolds = folds, Members = [WordMember] });

    private static byte[] Bytes(LogisticModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
