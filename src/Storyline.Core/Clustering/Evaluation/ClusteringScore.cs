namespace Storyline.Core.Clustering.Evaluation;

/// <summary>Precision, recall and their harmonic mean for one clustering against gold.</summary>
public sealed record ClusteringScore
{
    public required double Precision { get; init; }
    public required double Recall { get; init; }
    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;
}
