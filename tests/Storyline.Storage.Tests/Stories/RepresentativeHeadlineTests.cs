namespace Storyline.Storage.Tests.Stories;

public sealed class RepresentativeHeadlineTests
{
    public static TheoryData<string[], string> Cases => new()
    {
        // One or two titles: the first (oldest) speaks for the story.
        { ["Only title"], "Only title" },
        { ["Bridge closes after flood", "Storm shuts the old bridge"], "Bridge closes after flood" },
        // The odd wording loses to the title that shares most words with the rest.
        {
            [
                "You will not believe what happened downtown",
                "Flood closes Main Street bridge in Riverton",
                "Riverton bridge closed by flood",
                "Main Street bridge shut as flood hits Riverton",
            ],
            "Flood closes Main Street bridge in Riverton"
        },
        // A long title does not win just by having more words.
        {
            [
                "Council approves budget",
                "Council approves city budget after long debate over parks libraries roads schools police and pensions",
                "City council approves budget",
                "Budget approved by council",
            ],
            "Council approves budget"
        },
        // Ties go to the earliest title.
        { ["Mayor resigns", "Mayor resigns", "Mayor resigns"], "Mayor resigns" },
        { ["Alpha beta", "Gamma delta", "Epsilon zeta"], "Alpha beta" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Choose_PicksTheMostCentralTitle(string[] titles, string expected) =>
        Assert.Equal(expected, RepresentativeHeadline.Choose(titles));

    [Fact]
    public void Choose_ThousandsOfTitles_StillPicksTheCentralOne()
    {
        var titles = Enumerable.Range(0, 5_000).Select(i => i % 2 == 0 ? $"Harbour fire burns warehouse number {i}" : $"Warehouse fire at harbour {i}").ToList();
        titles.Insert(0, "Breaking: something happened");
        Assert.Contains("fire", RepresentativeHeadline.Choose(titles), StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_NoTitles_Throws() =>
        Assert.Throws<ArgumentException>(() => RepresentativeHeadline.Choose([]));
}
