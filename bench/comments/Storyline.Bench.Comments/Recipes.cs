using Storyline.Core.Discussion.Policy;
using Storyline.Core.Discussion.Scoring;

namespace Storyline.Bench.Comments;

/// <summary>The feature and training settings of the shipped models; the benchmark trains with the same ones.</summary>
public static class Recipes
{
    public static readonly FeatureOptions SpamFeatures = new() { HashBits = 18, MaxWordNgram = 2, MinCharNgram = 3, MaxCharNgram = 5, Behaviour = true, BehaviourScale = 2 };

    public static readonly TrainingOptions SpamTraining = new() { Epochs = 12, LearningRate = 0.3f, L2 = 1e-5f };

    public static readonly FeatureOptions AbuseFeatures = new() { HashBits = 18, MaxWordNgram = 2, MinCharNgram = 3, MaxCharNgram = 5, Behaviour = true };

    /// <summary>The abuse model's member: naive-Bayes scaled word unigrams alone (no characters, no behaviour).</summary>
    public static readonly MemberRecipe AbuseWordMember = new(
        new FeatureOptions { HashBits = 17, MaxWordNgram = 1, MinCharNgram = 0, MaxCharNgram = 0, Behaviour = false },
        new TrainingOptions { Epochs = 8, LearningRate = 0.1f, L2 = 1e-5f, NaiveBayesScaling = true });

    /// <summary>
    /// Naive-Bayes scaled n-grams (NBSVM) blended with the word-unigram member; the member's share and the decision
    /// point are chosen by 3-fold cross-validation inside the training data.
    /// </summary>
    public static TrainingOptions AbuseTraining { get; set; } = new() { Epochs = 4, LearningRate = 0.1f, L2 = 1e-5f, NaiveBayesScaling = true, CalibrationFolds = 3, Members = [AbuseWordMember] };

    /// <summary>The logistic-regression baseline: word and character n-grams, no behavioural features, default training.</summary>
    public static readonly FeatureOptions BaselineFeatures = new() { HashBits = 18, MaxWordNgram = 2, MinCharNgram = 2, MaxCharNgram = 5, Behaviour = false };

    /// <summary>The policy the benchmark applies: the shipped defaults unless a development sweep overrides them.</summary>
    public static ModerationOptions Policy { get; set; } = new();

    /// <summary>Weight of each legitimate text from other domains (SMS ham, Davidson tweets) in the spam model; 0 leaves them out.</summary>
    public static float SpamOtherHamWeight { get; set; }

    public static LogisticModel TrainSpam(IEnumerable<Sample> samples, IEnumerable<Sample>? otherHam = null) =>
        LogisticTrainer.Train(
            samples.Select(s => new LabelledText { Text = s.Text, Positive = s.Positive })
                .Concat(SpamOtherHamWeight > 0 && otherHam is not null ? otherHam.Select(s => new LabelledText { Text = s.Text, Positive = false, Weight = SpamOtherHamWeight }) : []),
            SpamFeatures,
            SpamTraining);

    /// <summary>Weight of each non-abusive example from other domains (SMS, YouTube) in the abuse model.</summary>
    public static float OtherDomainWeight { get; set; } = 0.3f;

    /// <summary>
    /// The abuse model: Davidson tweets (weighted by annotator agreement) plus texts from other domains as
    /// non-abusive examples, so ordinary chatter that does not look like a tweet is not taken for abuse.
    /// </summary>
    public static LogisticModel TrainAbuse(IEnumerable<Sample> abuse, IEnumerable<Sample> otherDomains) =>
        LogisticTrainer.Train(
            abuse.Select(s => new LabelledText { Text = s.Text, Positive = s.Positive, Weight = s.Agreement })
                .Concat(otherDomains.Select(s => new LabelledText { Text = s.Text, Positive = false, Weight = OtherDomainWeight })),
            AbuseFeatures,
            AbuseTraining);

    public static LogisticModel TrainBaseline(IEnumerable<Sample> samples) =>
        LogisticTrainer.Train(samples.Select(s => new LabelledText { Text = s.Text, Positive = s.Positive }), BaselineFeatures, new TrainingOptions());
}
