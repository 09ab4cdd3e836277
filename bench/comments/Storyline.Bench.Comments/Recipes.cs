using Storyline.Core.Discussion.Scoring;

namespace Storyline.Bench.Comments;

/// <summary>The feature and training settings of the shipped models; the benchmark trains with the same ones.</summary>
public static class Recipes
{
    public static readonly FeatureOptions SpamFeatures = new() { HashBits = 18, MaxWordNgram = 2, MinCharNgram = 3, MaxCharNgram = 5, Behaviour = true, BehaviourScale = 2 };

    public static readonly TrainingOptions SpamTraining = new() { Epochs = 12, LearningRate = 0.3f, L2 = 1e-5f };

    public static readonly FeatureOptions AbuseFeatures = new() { HashBits = 18, MaxWordNgram = 2, MinCharNgram = 3, MaxCharNgram = 5, Behaviour = true };

    public static readonly TrainingOptions AbuseTraining = new() { Epochs = 4, LearningRate = 0.3f, L2 = 1e-5f };

    /// <summary>The logistic-regression baseline: word and character n-grams, no behavioural features, default training.</summary>
    public static readonly FeatureOptions BaselineFeatures = new() { HashBits = 18, MaxWordNgram = 2, MinCharNgram = 2, MaxCharNgram = 5, Behaviour = false };

    public static LogisticModel TrainSpam(IEnumerable<Sample> samples) =>
        LogisticTrainer.Train(samples.Select(s => new LabelledText { Text = s.Text, Positive = s.Positive }), SpamFeatures, SpamTraining);

    public static LogisticModel TrainAbuse(IEnumerable<Sample> samples) =>
        LogisticTrainer.Train(samples.Select(s => new LabelledText { Text = s.Text, Positive = s.Positive, Weight = s.Agreement }), AbuseFeatures, AbuseTraining);

    public static LogisticModel TrainBaseline(IEnumerable<Sample> samples) =>
        LogisticTrainer.Train(samples.Select(s => new LabelledText { Text = s.Text, Positive = s.Positive }), BaselineFeatures, new TrainingOptions());
}
