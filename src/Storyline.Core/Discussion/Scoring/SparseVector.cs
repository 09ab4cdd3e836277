namespace Storyline.Core.Discussion.Scoring;

/// <summary>A feature vector: sorted distinct indices and their values.</summary>
public sealed record SparseVector(int[] Indices, float[] Values)
{
    /// <summary>Number of non-zero features.</summary>
    public int Count => Indices.Length;
}
