using Storyline.Core.Discussion.Scoring;

namespace Storyline.Core.Tests.Discussion;

public sealed class LogisticModelTests
{
    private static readonly FeatureOptions Small = new() { HashBits = 12 };

    private static readonly LabelledText[] Texts =
    [
        new() { Text = "subscribe to my channel for free prizes", Positive = true },
        new() { Text = "check out my videos and subscribe", Positive = true },
        new() { Text = "win free cash now click here", Positive = true },
        new() { Text = "the council meeting ran late again", Positive = false },
        new() { Text = "thanks for the clear report on the flood", Positive = false },
        new() { Text = "I remember this street from my childhood", Positive = false },
    ];

    [Fact]
    public void Train_SameDataAndSeed_GivesIdenticalModelFiles()
    {
        Assert.Equal(Bytes(LogisticTrainer.Train(Texts, Small)), Bytes(LogisticTrainer.Train(Texts, Small)));
    }

    [Fact]
    public void SaveAndLoad_RoundTrip_KeepsPredictions()
    {
        var model = LogisticTrainer.Train(Texts, Small);
        var loaded = LogisticModel.Load(new MemoryStream(Bytes(model)));
        Assert.Equal(model.Features, loaded.Features);
        Assert.Equal(model.Probability("subscribe for free"), loaded.Probability("subscribe for free"), 6);
    }

    [Fact]
    public void Train_SeparableToyData_IsLearned()
    {
        var model = LogisticTrainer.Train(Texts, Small);
        Assert.True(model.Probability("free prizes, subscribe to my channel") > 0.5);
        Assert.True(model.Probability("the report on the council meeting") < 0.5);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 1, 2, 3, 4, 5 })]
    public void Load_NotAModel_ThrowsInvalidData(byte[] bytes) =>
        Assert.ThrowsAny<InvalidDataException>(() => LogisticModel.Load(new MemoryStream(bytes)));

    [Fact]
    public void Load_TruncatedModel_ThrowsInvalidData()
    {
        var bytes = Bytes(LogisticTrainer.Train(Texts, Small));
        Assert.ThrowsAny<InvalidDataException>(() => LogisticModel.Load(new MemoryStream(bytes[..(bytes.Length / 2)])));
    }

    [Fact]
    public void Shipped_ModelsLoad_AndStaySmall()
    {
        var models = CommentModels.Shipped;
        Assert.True(models.Spam.Features.Behaviour);
        foreach (var file in new[] { CommentModels.SpamFile, CommentModels.AbuseFile })
        {
            using var stream = typeof(CommentModels).Assembly.GetManifestResourceStream("Storyline.Core.Models.Comments." + file);
            Assert.NotNull(stream);
            Assert.True(stream.Length < 20 * 1024 * 1024);
        }
    }

    private static byte[] Bytes(LogisticModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
