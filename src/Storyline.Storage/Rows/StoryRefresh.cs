namespace Storyline.Storage.Rows;

/// <summary>The recomputed headline, outlet count and rank of a story; the stores read the inputs and write the result.</summary>
internal sealed class StoryRefresh
{
    public required string Title { get; init; }
    public required int Sources { get; init; }
    public required double Rank { get; init; }

    /// <param name="count">Articles in the story.</param>
    /// <param name="lastMs">Newest publication time.</param>
    /// <param name="outlets">The story's distinct sources as the database spells them.</param>
    /// <param name="titles">Candidate headlines, oldest first.</param>
    public static StoryRefresh Compute(long count, long lastMs, IEnumerable<string> outlets, IReadOnlyList<string> titles)
    {
        // Outlets differ in case across feeds ("BBC" / "bbc"); the database DISTINCT is case-sensitive, the count is not.
        var sources = outlets.Distinct(StringComparer.OrdinalIgnoreCase).Count();
        return new StoryRefresh
        {
            Title = RepresentativeHeadline.Choose(titles),
            Sources = sources,
            Rank = StoryRank.Compute(sources, (int)count, DateTimeOffset.FromUnixTimeMilliseconds(lastMs)),
        };
    }
}
