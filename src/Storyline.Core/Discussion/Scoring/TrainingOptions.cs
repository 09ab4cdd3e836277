namespace Storyline.Core.Discussion.Scoring;

/// <summary>Hyper-parameters of <see cref="LogisticTrainer"/>; the defaults are the ones the shipped models use.</summary>
public sealed record TrainingOptions
{
    /// <summary>Passes over the data.</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>AdaGrad base step.</summary>
    public float LearningRate { get; init; } = 0.3f;

    /// <summary>L2 penalty per example and weight.</summary>
    public float L2 { get; init; } = 1e-5f;

    /// <summary>Seed of the example shuffle: the same data and seed give byte-identical models.</summary>
    public int Seed { get; init; } = 20_151_209;

    /// <summary>Whether positive and negative classes are re-weighted to count equally in total.</summary>
    public bool BalanceClasses { get; init; } = true;

    /// <summary>Whether n-gram features are scaled by naive-Bayes log-count ratios learnt from the same data (NBSVM).</summary>
    public bool NaiveBayesScaling { get; init; }

    /// <summary>Smoothing count of the naive-Bayes ratios.</summary>
    public float NaiveBayesAlpha { get; init; } = 1;

    /// <summary>
    /// Folds of the cross-validation inside the training data that places the decision point at probability 0.5
    /// (see <see cref="ThresholdCalibration"/>); below 2, the model is used as trained.
    /// </summary>
    public int CalibrationFolds { get; init; }

    /// <summary>
    /// Further models trained beside this one on other features and blended with it in log-odds (see
    /// <see cref="BlendTraining"/>); empty for a single model.
    /// </summary>
    public IReadOnlyList<MemberRecipe> Members { get; init; } = [];
}
