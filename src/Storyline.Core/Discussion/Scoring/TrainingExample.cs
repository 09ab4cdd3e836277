namespace Storyline.Core.Discussion.Scoring;

/// <summary>A featurized training example, so callers that train many models featurize each text once.</summary>
public sealed record TrainingExample(SparseVector Features, bool Positive, float Weight);
