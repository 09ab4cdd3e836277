using Storyline.Core.Clustering;
using Storyline.Core.Clustering.Online;
using static Storyline.Core.Tests.Clustering.Stories;

namespace Storyline.Core.Tests.Clustering;

public sealed class BatchRefinerTests
{
    private static readonly OnlineStoryClustererOptions Defaults = new();

    // With the default weights (σ(−4 + 20·cos …) ≥ 0.6): cos 1 merges whatever else is said; cos 0.25 (one of four
    // equal terms shared) is z = +1, a merge that one conflict or a long gap undoes; cos 0 never merges.
    // StoryState is internal, so the table is keyed by scenario; each run builds fresh stories (refining mutates them).
    private static Dictionary<string, (StoryState[] Stories, string Expected)> Table() => new()
    {
        ["the same event told twice"] = ([Make(1, [1, 2, 3, 4]), Make(2, [1, 2, 3, 4], day: 2)], "2>1"),
        ["beyond the refinement window"] = ([Make(1, [1, 2, 3, 4]), Make(2, [1, 2, 3, 4], day: 40)], ""),
        ["nothing in common"] = ([Make(1, [1, 2, 3, 4]), Make(2, [5, 6, 7, 8])], ""),
        ["a quarter of the terms shared"] = ([Make(1, [1, 2, 3, 4]), Make(2, [1, 5, 6, 7])], "2>1"),
        ["a quarter shared, lead numbers disjoint"] = ([Make(1, [1, 2, 3, 4], leadNumbers: [24]), Make(2, [1, 5, 6, 7], leadNumbers: [67])], ""),
        ["a quarter shared, one lead number in common"] = ([Make(1, [1, 2, 3, 4], leadNumbers: [24, 3]), Make(2, [1, 5, 6, 7], leadNumbers: [3])], "2>1"),
        ["a quarter shared, event days far apart"] = ([Make(1, [1, 2, 3, 4], eventDays: [100]), Make(2, [1, 5, 6, 7], eventDays: [104])], ""),
        ["a quarter shared, a week apart"] = ([Make(1, [1, 2, 3, 4]), Make(2, [1, 5, 6, 7], day: 7)], ""),
        ["a quarter shared and the same names"] = ([Make(1, [1, 2, 3, 4], entities: [9]), Make(2, [1, 5, 6, 7], day: 7, entities: [9])], "2>1"),
        // A trial months later naming the day of the shooting (Day0 is day 738,948): the gap is explained.
        ["a follow-up months later naming the event's day"] = ([Make(1, [1, 2, 3, 4]), Make(2, [1, 2, 3, 4], day: 200, namedDates: [738_948])], "2>1"),
        ["a follow-up months later naming another day"] = ([Make(1, [1, 2, 3, 4]), Make(2, [1, 2, 3, 4], day: 200, namedDates: [738_900])], ""),
        // Cores that disagree veto a merge only between stories of two articles or more: a single report naming the place
        // otherwise ("KC" for "Kansas City") is weighed by the pair model, not refused.
        ["one report naming another place than a story of one"] = ([Make(1, [1, 2, 3, 4], headlineNames: [70]), Make(2, [1, 2, 3, 4], day: 1, headlineNames: [71])], "2>1"),
        ["one report naming another place than a story of two"] =
            ([Make(1, [1, 2, 3, 4], headlineNames: [70], members: 2), Make(2, [1, 2, 3, 4], day: 1, headlineNames: [71])], "2>1"),
        ["two stories of two naming different places"] =
            ([Make(1, [1, 2, 3, 4], headlineNames: [70], members: 2), Make(2, [1, 2, 3, 4], day: 1, headlineNames: [71], members: 2)], ""),
        // B matches A and C, but A+B compared with C as a whole no longer does: no chain through B.
        ["a bridge does not chain"] = ([Make(1, [1, 2, 3, 4]), Make(2, [3, 4, 5, 6]), Make(3, [6, 7, 8, 9])], "2>1"),
        ["three tellings of one event end in the oldest"] = ([Make(1, [1, 2, 3, 4]), Make(2, [1, 2, 3, 4]), Make(3, [1, 2, 3, 4])], "2>1 3>1"),
    };

    public static TheoryData<string> Cases => [.. Table().Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Refine_Stories_MergesOnlyOneEvent(string scenario)
    {
        var (stories, expected) = Table()[scenario];
        var merged = new BatchRefiner(Defaults, static _ => 1.0).Refine(stories);

        var actual = string.Join(" ", merged.Select(m => $"{m.Absorbed}>{m.Into}").Order(StringComparer.Ordinal));
        Assert.True(expected == actual, $"{scenario}: expected '{expected}', got '{actual}'");
    }

    // Name 50 appears in two articles of the batch (exclusive to the pair), name 60 in ten.
    public static TheoryData<string, int, string, bool> FollowUps => new()
    {
        { "a name only the two carry, two outlets", 50, "other.example", true },
        { "a name only the two carry, one outlet (may be its furniture)", 50, "outlet-1", false },
        { "a name many articles carry", 60, "other.example", false },
    };

    [Theory]
    [MemberData(nameof(FollowUps))]
    public void Refine_ReportMonthsLater_MergesOnlyThroughAnExclusiveName(string scenario, int name, string source, bool merges)
    {
        StoryState[] stories = [Make(1, [1, 2, 3, 4], fullNames: [name]), Make(2, [1, 2, 3, 4], day: 200, fullNames: [name], source: source)];

        var merged = new BatchRefiner(Defaults, static _ => 1.0, static n => n == 50 ? 2 : 10).Refine(stories);

        Assert.True(merges == (merged.Count == 1), scenario);
    }

    [Fact]
    public void Refine_Merged_MarksTheAbsorbedStoryAndMovesItsMembers()
    {
        var (a, b) = (Make(1, [1, 2, 3, 4]), Make(2, [1, 2, 3, 4], day: 1));

        new BatchRefiner(Defaults, static _ => 1.0).Refine([a, b]);

        Assert.True(b.Absorbed);
        Assert.False(a.Absorbed);
        Assert.Equal(["a1", "a2"], a.Members.Select(m => m.Id));
        Assert.All(a.Members, m => Assert.Same(a, m.Story));
        Assert.Equal(Day0.AddDays(1), a.LastSeen);
    }

    [Fact]
    public void Refine_KeyInTooManyStories_IsNotACandidateSource()
    {
        var options = Defaults with { MaxPostingScan = 1 };

        var merged = new BatchRefiner(options, static _ => 1.0).Refine([Make(1, [1, 2, 3, 4]), Make(2, [1, 2, 3, 4])]);

        Assert.Empty(merged);
    }
}
