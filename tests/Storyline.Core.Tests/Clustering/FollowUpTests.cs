using Storyline.Core.Clustering;
using static Storyline.Core.Tests.Clustering.Articles;

namespace Storyline.Core.Tests.Clustering;

public sealed class FollowUpTests
{
    private const string Shooting =
        "A 15-year-old boy was shot and killed inside a home on Larch Street in Eastfield on Thursday, police said. " +
        "Officers arrested his sister, Dalia Voss, 14, at the scene. Detectives said the two had argued before the shot was fired.";

    private const string Trial =
        "Prosecutors asked a judge to try Dalia Voss, 14, as an adult in the shooting that killed her 15-year-old brother " +
        "inside their Larch Street home in Eastfield. Detectives said the two had argued before the shot was fired. " +
        "Her lawyer argued the teen should stay in juvenile court.";

    // The same report without the name: nothing ties it to an event three months back.
    private const string UntiedTrial =
        "Prosecutors asked a judge to try a 14-year-old girl as an adult in the shooting that killed her 15-year-old brother " +
        "inside their Larch Street home in Eastfield. Detectives said the two had argued before the shot was fired. " +
        "Her lawyer argued the teen should stay in juvenile court.";

    private static string[] Letters(long[] stories)
    {
        var letters = new Dictionary<long, string>();
        return [.. stories.Select(s => letters.TryGetValue(s, out var l) ? l : letters[s] = ((char)('A' + letters.Count)).ToString())];
    }

    [Fact]
    public void Run_TrialMonthsLaterNamingTheSuspect_JoinsTheShooting()
    {
        ClusterDocument[] documents =
        [
            Doc("a", "Boy, 15, shot dead in Eastfield home; sister arrested", Shooting, "eastfield-news.example"),
            Doc("b", "Fire destroys harbour warehouses", HarbourFire, "coast-times.example", 40),
            Doc("c", "Prosecutors want Eastfield teen tried as adult", Trial, "state-wire.example", 90),
        ];

        Assert.Equal(["A", "B", "A"], Letters(OfflineClustering.Run(documents, new OnlineStoryClusterer())));
    }

    [Fact]
    public void Run_ArrestMonthsLaterNamingTheDay_JoinsTheShooting()
    {
        // Day0 is Monday 4 March 2024; the shooting report says "on Thursday" (29 February).
        const string arrest =
            "Police arrested a 19-year-old man in the Feb. 29 shooting that killed a 15-year-old boy inside a home in " +
            "Eastfield. Detectives said the two had argued before the shot was fired.";
        ClusterDocument[] documents =
        [
            Doc("a", "Boy, 15, shot dead in Eastfield home", Shooting.Replace("Officers arrested his sister, Dalia Voss, 14, at the scene. ", "", StringComparison.Ordinal), "eastfield-news.example"),
            Doc("b", "Fire destroys harbour warehouses", HarbourFire, "coast-times.example", 40),
            Doc("c", "Arrest in Eastfield killing of boy, 15", arrest, "state-wire.example", 75),
        ];

        Assert.Equal(["A", "B", "A"], Letters(OfflineClustering.Run(documents, new OnlineStoryClusterer())));
        // The same report naming another day is another shooting.
        documents[2] = documents[2] with { Text = arrest.Replace("Feb. 29", "Jan. 12", StringComparison.Ordinal) };
        Assert.Equal(["A", "B", "C"], Letters(OfflineClustering.Run(documents, new OnlineStoryClusterer())));
    }

    [Fact]
    public void Run_TrialMonthsLaterWithoutATie_StaysApart()
    {
        ClusterDocument[] documents =
        [
            Doc("a", "Boy, 15, shot dead in Eastfield home; sister arrested", Shooting, "eastfield-news.example"),
            Doc("c", "Prosecutors want Eastfield teen tried as adult", UntiedTrial, "state-wire.example", 90),
        ];

        Assert.Equal(["A", "B"], Letters(OfflineClustering.Run(documents, new OnlineStoryClusterer())));
    }
}
