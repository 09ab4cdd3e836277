namespace Storyline.Core.Clustering;

/// <summary>What one line of <c>storyline cluster</c> input turned out to be.</summary>
public abstract record ClusterInputLine
{
    private ClusterInputLine() { }

    /// <summary>A usable article; <see cref="HasTime"/> is false when <c>published</c> was absent or unreadable.</summary>
    public sealed record Parsed(ClusterDocument Document, bool HasTime, string? Warning) : ClusterInputLine;

    /// <summary>A line that cannot be clustered, and why.</summary>
    public sealed record Invalid(string Reason) : ClusterInputLine;
}
