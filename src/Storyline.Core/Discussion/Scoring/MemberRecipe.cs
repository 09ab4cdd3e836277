namespace Storyline.Core.Discussion.Scoring;

/// <summary>
/// A second model trained beside the main one on another view of the same texts (see <see cref="BlendTraining"/>):
/// its features and its training settings.
/// </summary>
public sealed record MemberRecipe(FeatureOptions Features, TrainingOptions Training);
