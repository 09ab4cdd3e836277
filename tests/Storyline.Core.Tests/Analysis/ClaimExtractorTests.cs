using Storyline.Core.Analysis.Claims;

namespace Storyline.Core.Tests.Analysis;

public sealed class ClaimExtractorTests
{
    [Theory]
    [InlineData("Deputies from 18 municipal districts signed.", "18 municipal districts", 18, "municipal districts")]
    [InlineData("Snow reached 62 centimetres overnight.", "62 centimetres", 62, "centimetres")]
    [InlineData("The city has 4.2 million residents.", "4.2 million residents", 4_200_000, "residents")]
    [InlineData("Turnout was 4.2 million.", "4.2 million", 4_200_000, "")]
    [InlineData("Prices rose 35% in a year.", "35%", 35, "%")]
    [InlineData("It cost $1,200 in fees.", "$1,200", 1200, "$")]
    public void Extract_NumberWithWhatItCounts(string text, string claim, double value, string unit)
    {
        var found = ClaimExtractor.Extract(text).First(c => c.Unit != ClaimExtractor.DateUnit);
        Assert.Equal(claim, found.Text);
        Assert.Equal(value, found.Value, 3);
        Assert.Equal(unit, found.Unit);
        Assert.Equal(text, found.Sentence);
    }

    [Theory]
    [InlineData("It happened on September 12, 2022 in Moscow.", "September 12, 2022", 20220912)]
    [InlineData("The memorial on Sept. 11 was crowded.", "Sept. 11", 911)]
    [InlineData("Since 2014 the war has gone on.", "2014", 2014)]
    public void Extract_Dates(string text, string claim, double value)
    {
        var found = Assert.Single(ClaimExtractor.Extract(text), c => c.Unit == ClaimExtractor.DateUnit);
        Assert.Equal(claim, found.Text);
        Assert.Equal(value, found.Value);
    }

    [Theory]
    [InlineData("One of them left.")]
    [InlineData("COVID-19 and G7 and MH17 are names.")]
    public void Extract_NamesAndBareSmallNumbers_AreNotClaims(string text) => Assert.Empty(ClaimExtractor.Extract(text));
}
