using Storyline.Core.Analysis;
using Storyline.Testing;

namespace Storyline.Core.Tests.Analysis;

public sealed class SeedQuoteTests
{
    [Theory]
    [InlineData("In Russia, a sign that frustration", "Ana Cabrera")]
    [InlineData("Deputies from 18 municipal districts", "Ana Cabrera")]
    [InlineData("I would certainly say", "Frederik Pleitgen")]
    [InlineData("Especially if look at the state", "Frederik Pleitgen")]
    [InlineData("Also, of course, the state", "Frederik Pleitgen")]
    [InlineData("So, just in that light", "Frederik Pleitgen")]
    [InlineData("We believe that the decision", "Dmitry Palyuga")]
    [InlineData("The Council of the Smolninskoye", "Dmitry Palyuga")]
    [InlineData("The decision was supported", "Dmitry Palyuga")]
    public void Analyze_Seed_AttributesEveryQuoteOfTheNamedSpeakers(string quoteStart, string speaker)
    {
        var seeds = SharedData.RequireDirectory("seeds");
        var text = File.ReadAllText(Directory.GetFiles(seeds, "000_*.txt").Single());
        var quote = Assert.Single(new ArticleAnalyzer().Analyze(text).Quotes, q => q.Text.StartsWith(quoteStart, StringComparison.Ordinal));
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Analyze_Seed_ResolvesShortFormsToFullNames()
    {
        var seeds = SharedData.RequireDirectory("seeds");
        var text = File.ReadAllText(Directory.GetFiles(seeds, "000_*.txt").Single());
        var entities = new ArticleAnalyzer().Analyze(text).Entities;
        Assert.Contains(entities, e => e.Text == "Palyuga" && e.Canonical == "Dmitry Palyuga");
    }
}
