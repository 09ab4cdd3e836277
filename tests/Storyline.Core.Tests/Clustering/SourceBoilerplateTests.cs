using Storyline.Core.Clustering.Online;

namespace Storyline.Core.Tests.Clustering;

public sealed class SourceBoilerplateTests
{
    private const string Suffix = "WXYZ-TV: Eastfield, News, Weather & Sports";

    // (outlet, headline seen earlier or "" for none, headline now, expected)
    public static TheoryData<string, string, string, string> Titles => new()
    {
        { "the outlet's repeated suffix is dropped", $"Fire destroys warehouses - {Suffix}", $"Two shot near Larch Street - {Suffix}", "Two shot near Larch Street" },
        { "a first headline is kept whole", "", $"Two shot near Larch Street - {Suffix}", $"Two shot near Larch Street - {Suffix}" },
        { "another outlet's suffix is not this outlet's", "OTHER", $"Two shot near Larch Street - {Suffix}", $"Two shot near Larch Street - {Suffix}" },
        { "a repeated prefix is dropped too", "Eastfield News: Fire | Warehouses burn", "Eastfield News: Fire | Two shot downtown", "Two shot downtown" },
        { "a headline that is all repeats is kept whole", $"Two shot - {Suffix}", $"Two shot - {Suffix}", $"Two shot - {Suffix}" },
        { "a headline without separators is kept", "Fire destroys warehouses", "Fire destroys warehouses", "Fire destroys warehouses" },
    };

    [Theory]
    [MemberData(nameof(Titles))]
    public void FilterTitle_Headlines_DropsTheOutletsRepeatedSegments(string scenario, string earlier, string title, string expected)
    {
        var boilerplate = new SourceBoilerplate();
        if (earlier == "OTHER") boilerplate.FilterTitle("other.example", $"Fire destroys warehouses - {Suffix}");
        else if (earlier.Length > 0) boilerplate.FilterTitle("wxyz.example", earlier);

        Assert.True(expected == boilerplate.FilterTitle("wxyz.example", title), scenario);
    }

    [Fact]
    public void Filter_RepeatedParagraph_IsDroppedFromTheNextBody()
    {
        const string furniture = "Sign up for the Eastfield Courier newsletter to get breaking news alerts.";
        var boilerplate = new SourceBoilerplate();
        boilerplate.Filter("courier.example", "A fire destroyed three warehouses on Monday, officials said today.\n" + furniture);

        var body = boilerplate.Filter("courier.example", "Two men were shot near Larch Street late on Saturday night. Officers found both with wounds to the legs and " +
            "took them to Eastfield General Hospital, where they were in stable condition on Sunday.\n" + furniture);

        Assert.DoesNotContain("newsletter", body, StringComparison.Ordinal);
    }
}
