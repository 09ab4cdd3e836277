namespace Storyline.Core.Discussion;

/// <summary>Spam and abuse probabilities in [0,1].</summary>
public sealed record CommentScores(double Spam, double Abuse);
