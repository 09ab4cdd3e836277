namespace Storyline.Core.Discussion.Scoring;

/// <summary>How moderator decisions update the models.</summary>
public sealed record RetrainingOptions
{
    /// <summary>Passes over the decisions.</summary>
    public int Epochs { get; init; } = 4;

    /// <summary>Step size; smaller than for training from scratch so a few decisions adjust rather than overwrite the model.</summary>
    public float LearningRate { get; init; } = 0.1f;

    /// <summary>Weight of one decision against one public training example.</summary>
    public float DecisionWeight { get; init; } = 2;

    /// <summary>Decisions per author that count; beyond it an author's decisions share the weight, so one prolific spammer cannot dominate.</summary>
    public int MaxDecisionsPerAuthor { get; init; } = 50;

    /// <summary>Fewest decisions of each class (positive and negative) before a model is updated at all.</summary>
    public int MinPerClass { get; init; } = 1;
}
