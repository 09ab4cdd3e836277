namespace Storyline.Storage;

/// <summary>
/// Front-page order as one stored number, so paging is stable and indexable: each doubling of the number
/// of outlets covering a story is worth <see cref="HalfLifeHours"/> hours of freshness (a "hot" ranking).
/// </summary>
public static class StoryRank
{
    /// <summary>Hours of recency that one doubling of coverage breadth makes up for.</summary>
    public const double HalfLifeHours = 12;

    public static double Compute(int sources, int articles, DateTimeOffset lastPublished)
    {
        var breadth = sources + 0.25 * Math.Max(0, articles - sources);
        return Math.Log2(1 + breadth) + lastPublished.ToUnixTimeSeconds() / 3600.0 / HalfLifeHours;
    }
}
