using Storyline.Core.Clustering;
using static Storyline.Core.Tests.Clustering.Articles;

namespace Storyline.Core.Tests.Clustering;

/// <summary>
/// Pages filled in from one template (a speaker, a town, an issue and a count in every paragraph, "related" links and
/// a comment widget naming other towns) are different events that share almost every word. They must not chain into
/// one story, and a real event reported by several outlets among them must still group.
/// </summary>
public sealed class TemplatedPagesTests
{
    private static readonly string[] Towns = ["Oakridge", "Millbrook", "Fenwick Hollow", "Castleton", "Bramford Quay", "Dunmore", "Larch Point"];
    private static readonly string[] Speakers = ["Hilda Varga", "Piet Janssen", "Rosa Quintero", "Callum Birch", "Noor Aziz"];
    private static readonly string[] Issues = ["parking levy", "library hours", "bus depot", "sewer upgrade", "market licence", "cycle lanes"];
    private static readonly string[] Outlets = ["valley-post.example", "shire-gazette.example", "metro-wire.example", "daily-lamp.example"];

    private static List<ClusterDocument> TemplatedPages(int count, int seed)
    {
        var random = new Random(seed);
        var pages = new List<ClusterDocument>(count);
        for (var i = 0; i < count; i++)
        {
            var town = Towns[random.Next(Towns.Length)];
            var issue = Issues[random.Next(Issues.Length)];
            var speaker = Speakers[random.Next(Speakers.Length)];
            var homes = random.Next(3, 60);
            var paragraphs = new List<string> { $"Residents of {town} respond to {issue} proposal" };
            for (var p = 0; p < 5; p++)
            {
                paragraphs.Add($"{speaker} told the meeting: \"The {issue} plan for {town} covers {homes + p} homes and we will decide soon,\" " +
                    $"as councillors opened session {p + 1} of hearing {i}.");
                if (p == 1)
                    paragraphs.Add($"More from {Towns[random.Next(Towns.Length)]}: why the {Issues[random.Next(Issues.Length)]} matters to families");
            }
            paragraphs.Add($"Comment {random.Next(2, 9)} on {town}: I think the {issue} plan is {(random.Next(2) == 0 ? "overdue" : "too costly")}.");
            pages.Add(new ClusterDocument
            {
                Id = "page" + i,
                Title = $"{town} {issue}: council says {homes} homes affected in hearing {i}",
                Text = string.Join('\n', paragraphs),
                Source = Outlets[i % Outlets.Length],
                Published = Day0.AddHours(i * 2.5),
            });
        }
        return pages;
    }

    [Theory]
    [InlineData(7)]
    [InlineData(11)]
    [InlineData(23)]
    public void Run_TemplatedPagesAboutDifferentTownsAndIssues_DoNotChainIntoOneStory(int seed)
    {
        var pages = TemplatedPages(120, seed);

        var stories = OfflineClustering.Run(pages, new OnlineStoryClusterer());

        var largest = stories.GroupBy(s => s).Max(g => g.Count());
        Assert.True(largest <= pages.Count / 5, $"largest story holds {largest} of {pages.Count} templated pages");
        Assert.True(stories.Distinct().Count() >= pages.Count / 6, $"{stories.Distinct().Count()} stories for {pages.Count} templated pages");
    }

    [Fact]
    public void Run_SameEventFromSeveralOutletsAmongTemplatedPages_StillGroups()
    {
        var pages = TemplatedPages(80, 5);
        pages.Add(Doc("shooting-a", "Two men shot outside Riverdale bar", RiverdaleShooting, "riverdale-news.example", 1));
        pages.Add(Doc("shooting-b", "Police seek sedan after Blue Heron bar shooting", RiverdaleShootingRewritten, "county-herald.example", 1.2));
        pages.Add(Doc("fire", "Fire destroys harbour warehouses", HarbourFire, "coast-times.example", 1.1));

        var stories = OfflineClustering.Run(pages, new OnlineStoryClusterer());

        var shooting = stories[^3];
        Assert.Equal(shooting, stories[^2]);
        Assert.NotEqual(shooting, stories[^1]);
        Assert.DoesNotContain(shooting, stories.Take(80));
    }
}
