using Storyline.Core.Discussion.Scoring;

namespace Storyline.Core.Tests.Discussion;

public sealed class NaiveBayesScalingTests
{
    private static readonly FeatureOptions Small = new() { HashBits = 12 };

    private static readonly LabelledText[] Texts =
    [
        new() { Text = "you are a stupid idiot", Positive = true },
        new() { Text = "shut up you idiot troll", Positive = true },
        new() { Text = "what a stupid worthless take", Positive = true },
        new() { Text = "the council meeting ran late again", Positive = false },
        new() { Text = "thanks for the clear report on the flood", Positive = false },
        new() { Text = "I remember this street from my childhood", Positive = false },
    ];

    [Fact]
    public void Train_WithScaling_LearnsAndSurvivesSaveAndLoad()
    {
        var model = LogisticTrainer.Train(Texts, Small, new TrainingOptions { NaiveBayesScaling = true });
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = LogisticModel.Load(stream);

        Assert.True(model.Probability("stupid idiot") > 0.5);
        Assert.True(model.Probability("the flood report") < 0.5);
        Assert.Equal(model.Probability("a stupid report"), loaded.Probability("a stupid report"), 6);
    }

    [Fact]
    public void Retrain_ScaledModel_KeepsItsScales()
    {
        var model = LogisticTrainer.Train(Texts, Small, new TrainingOptions { NaiveBayesScaling = true });
        var models = new CommentModels(model, model);
        ModeratedComment[] decisions =
        [
            new() { Text = "a fine point about the street", Author = "a", Label = ModeratorLabel.Approved },
            new() { Text = "you worthless troll", Author = "b", Label = ModeratorLabel.Abusive },
        ];

        var retrained = CommentModelTrainer.Retrain(models, decisions);

        Assert.NotNull(retrained.Abuse.Scales);
        Assert.Same(model.Scales, retrained.Abuse.Scales);
    }

    [Fact]
    public void Scales_AreSignedLogRatios_AndLeaveBehaviourSlotsAlone()
    {
        var featurizer = new CommentFeaturizer(Small);
        var examples = Texts.Select(t => new TrainingExample(featurizer.Featurize(t.Text), t.Positive, 1)).ToList();

        var scales = NaiveBayesScales.Compute(examples, featurizer.Dimension, 1);
        var idiot = featurizer.Featurize("idiot").Indices.Where(i => i >= BehaviourFeatures.Slots);
        var council = featurizer.Featurize("council").Indices.Where(i => i >= BehaviourFeatures.Slots);

        Assert.All(scales.Take(BehaviourFeatures.Slots), s => Assert.Equal(1f, s));
        Assert.True(idiot.Average(i => scales[i]) > 0);
        Assert.True(council.Average(i => scales[i]) < 0);
    }

    [Theory]
    [InlineData(new[] { 0.1, 0.2, 0.7, 0.8 }, new[] { false, false, true, true }, 0.21)]
    [InlineData(new[] { 0.1, 0.6, 0.7, 0.9 }, new[] { false, false, false, true }, 0.71)]
    public void BestThreshold_SeparatingScores_PicksTheLowestBestCut(double[] scores, bool[] positive, double expected)
    {
        var scored = scores.Zip(positive, (s, p) => (p, s)).ToList();

        Assert.Equal(expected, ThresholdCalibration.BestThreshold(scored), 2);
    }
}
