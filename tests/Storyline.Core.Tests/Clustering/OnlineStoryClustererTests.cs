using Storyline.Core.Clustering;
using static Storyline.Core.Tests.Clustering.Articles;

namespace Storyline.Core.Tests.Clustering;

public sealed class OnlineStoryClustererTests
{
    public static TheoryData<string, ClusterDocument[], string[]> Scenarios => new()
    {
        {
            "same event from two outlets",
            [
                Doc("a", "Two men shot outside Riverdale bar", RiverdaleShooting, "riverdale-news.example"),
                Doc("b", "Police seek sedan after Blue Heron bar shooting", RiverdaleShootingRewritten, "county-herald.example", 1),
            ],
            ["A", "A"]
        },
        {
            "different events sharing topic words",
            [
                Doc("a", "Two men shot outside Riverdale bar", RiverdaleShooting, "riverdale-news.example"),
                Doc("b", "Woman, 67, killed by gunfire in Riverdale home", OtherRiverdaleShooting, "county-herald.example", 2),
            ],
            ["A", "B"]
        },
        {
            "unrelated events on the same day",
            [
                Doc("a", "Two men shot outside Riverdale bar", RiverdaleShooting, "riverdale-news.example"),
                Doc("b", "Fire destroys harbour warehouses", HarbourFire, "coast-times.example"),
                Doc("c", "Police seek sedan after Blue Heron bar shooting", RiverdaleShootingRewritten, "county-herald.example", 1),
            ],
            ["A", "B", "A"]
        },
        {
            // The online pass has evicted the first story; the offline refinement rejoins the report months later
            // through the names only these two reports carry.
            "same event after the window has closed, rejoined by its exclusive names",
            [
                Doc("a", "Two men shot outside Riverdale bar", RiverdaleShooting, "riverdale-news.example"),
                Doc("b", "Fire destroys harbour warehouses", HarbourFire, "coast-times.example", 45),
                Doc("c", "Police seek sedan after Blue Heron bar shooting", RiverdaleShootingRewritten, "county-herald.example", 46),
            ],
            ["A", "B", "A"]
        },
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Assign_Scenario_GroupsAsExpected(string scenario, ClusterDocument[] documents, string[] expected)
    {
        var clusterer = new OnlineStoryClusterer();
        var stories = OfflineClustering.Run(documents, clusterer);

        var letters = new Dictionary<long, string>();
        var actual = stories.Select(s => letters.TryGetValue(s, out var l) ? l : letters[s] = ((char)('A' + letters.Count)).ToString()).ToArray();
        Assert.True(expected.SequenceEqual(actual), $"{scenario}: expected {string.Join(",", expected)}, got {string.Join(",", actual)}");
    }

    [Fact]
    public void Assign_SyndicatedCopy_IsMarkedDuplicateOfTheOriginal()
    {
        var clusterer = new OnlineStoryClusterer();
        long next = 0;
        var original = clusterer.Assign(Doc("orig", "Two men shot outside Riverdale bar", RiverdaleShooting, "wire.example"), () => ++next);
        var copy = clusterer.Assign(
            Doc("copy", "Riverdale: two wounded in bar shooting", RiverdaleShooting + " Copyright 2024 Wire Service.", "partner.example", 0.2),
            () => ++next);

        Assert.Equal(original.StoryId, copy.StoryId);
        Assert.False(copy.IsNewStory);
        Assert.Equal("orig", copy.DuplicateOf);
    }

    [Fact]
    public void Assign_WindowPassed_EvictsOldStories()
    {
        var clusterer = new OnlineStoryClusterer(new OnlineStoryClustererOptions { ActiveWindow = TimeSpan.FromDays(7) });
        long next = 0;
        clusterer.Assign(Doc("a", "Two men shot outside Riverdale bar", RiverdaleShooting, "riverdale-news.example"), () => ++next);
        Assert.Equal(1, clusterer.ActiveStories);

        clusterer.Assign(Doc("b", "Fire destroys harbour warehouses", HarbourFire, "coast-times.example", 10), () => ++next);

        Assert.Equal(1, clusterer.ActiveStories);
        Assert.Equal(1, clusterer.ActiveArticles);
    }

    [Fact]
    public void Assign_ArticleBridgingConvergedStories_MergesThem()
    {
        // One outlet never joins its own story here, so its two reports open two stories; a second outlet's
        // report matches both, and the two stories (compared as wholes) are one event.
        var options = new OnlineStoryClustererOptions { Decision = new StoryDecisionWeights { SameSource = -20 } };
        var clusterer = new OnlineStoryClusterer(options);
        long next = 0;
        var first = clusterer.Assign(Doc("a", "Two men shot outside Riverdale bar", RiverdaleShooting, "riverdale-news.example"), () => ++next);
        var second = clusterer.Assign(Doc("b", "Police seek sedan after Blue Heron bar shooting", RiverdaleShootingRewritten, "riverdale-news.example", 0.5), () => ++next);
        Assert.NotEqual(first.StoryId, second.StoryId);

        var bridge = clusterer.Assign(
            Doc("c", "Blue Heron bar shooting: two men wounded on Maple Street", RiverdaleShootingRewritten + " " + RiverdaleShooting[..200], "county-herald.example", 1),
            () => ++next);

        Assert.Equal(first.StoryId, bridge.StoryId);
        Assert.Equal([second.StoryId], bridge.MergedStoryIds);
        Assert.Equal(1, clusterer.ActiveStories);
    }

    [Fact]
    public void Restore_ThenAssign_JoinsTheRestoredStory()
    {
        var clusterer = new OnlineStoryClusterer();
        clusterer.Restore(Doc("a", "Two men shot outside Riverdale bar", RiverdaleShooting, "riverdale-news.example"), 41);

        var assignment = clusterer.Assign(
            Doc("b", "Police seek sedan after Blue Heron bar shooting", RiverdaleShootingRewritten, "county-herald.example", 1),
            () => 99);

        Assert.Equal(41, assignment.StoryId);
        Assert.False(assignment.IsNewStory);
    }

    [Fact]
    public void Assign_EmptyTitleAndText_OpensItsOwnStory()
    {
        var clusterer = new OnlineStoryClusterer();
        long next = 0;
        var a = clusterer.Assign(Doc("a", "", "", ""), () => ++next);
        var b = clusterer.Assign(Doc("b", "", "", ""), () => ++next);

        Assert.True(a.IsNewStory);
        Assert.True(b.IsNewStory);
        Assert.Null(b.DuplicateOf);
    }

    [Fact]
    public void Assign_SameOutletRepublishing_IsStillACopy()
    {
        var clusterer = new OnlineStoryClusterer();
        long next = 0;
        var first = clusterer.Assign(Doc("v1", "Two men shot outside Riverdale bar", RiverdaleShooting, "riverdale-news.example"), () => ++next);
        var second = clusterer.Assign(Doc("v2", "UPDATED: Two men shot outside Riverdale bar", RiverdaleShooting, "riverdale-news.example", 0.1), () => ++next);

        Assert.Equal(first.StoryId, second.StoryId);
        Assert.Equal("v1", second.DuplicateOf);
    }

    [Fact]
    public void Assign_OutletFurnitureParagraph_DoesNotJoinUnrelatedEvents()
    {
        const string furniture = "Follow the Riverdale Courier on Facebook and Twitter for breaking news alerts and sign up for our newsletter.";
        var clusterer = new OnlineStoryClusterer();
        long next = 0;
        var shooting = clusterer.Assign(Doc("a", "Two men shot outside Riverdale bar", RiverdaleShooting + "\n" + furniture, "courier.example"), () => ++next);
        var fire = clusterer.Assign(Doc("b", "Fire destroys harbour warehouses", HarbourFire + "\n" + furniture, "courier.example", 0.5), () => ++next);

        Assert.NotEqual(shooting.StoryId, fire.StoryId);
        Assert.Null(fire.DuplicateOf);
    }
}
