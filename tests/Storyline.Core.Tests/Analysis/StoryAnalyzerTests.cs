using Storyline.Core.Analysis;

namespace Storyline.Core.Tests.Analysis;

public sealed class StoryAnalyzerTests
{
    private static AnalyzedArticle Article(string id, string source, EntityMention[] entities, NumericClaim[]? claims = null, QuoteMention[]? quotes = null) =>
        new(id, source, "", new TextAnalysis { Entities = entities, Quotes = quotes ?? [], Claims = claims ?? [] });

    private static EntityMention Per(string name) => new(name, EntityType.PER, 0, name.Length);

    private static EntityMention Loc(string name) => new(name, EntityType.LOC, 0, name.Length);

    private static readonly AnalyzedArticle[] Seeds =
    [
        Article("a", "Express", [Per("Frederik Pleitgen"), Per("Frederik Pleitgen"), Loc("St Petersburg"), Loc("Moscow"), Per("Vladimir Putin")],
            [new("18 municipal districts", 18, "municipal districts", 0, 22)],
            [new("Frederik Pleitgen", "It is rare.", 0, 11)]),
        Article("b", "CNN", [Per("Fred Pleitgen"), Loc("St. Petersburg"), Loc("Moscow"), Loc("Kolpino"), Per("Putin")],
            [new("16 municipal districts", 16, "municipal districts", 0, 22)],
            [new("Fred Pleitgen", "It is noteworthy.", 0, 17)]),
    ];

    [Fact]
    public void Merge_NameVariantsAcrossOutlets_AreOneEntityWithAliases()
    {
        var insights = new StoryAnalyzer().Merge(Seeds);
        var pleitgen = Assert.Single(insights.Entities, e => e.Name == "Frederik Pleitgen");
        Assert.Contains("Fred Pleitgen", pleitgen.Aliases);
        Assert.Equal(["a", "b"], pleitgen.Articles);
        var petersburg = Assert.Single(insights.Entities, e => e.Name.Contains("Petersburg", StringComparison.Ordinal));
        Assert.Equal(2, petersburg.Articles.Count);
        Assert.Single(insights.Entities, e => e.Name == "Vladimir Putin" && e.Aliases.Contains("Putin"));
    }

    [Fact]
    public void Merge_QuoteSpeakers_UseTheStoryName() =>
        Assert.All(new StoryAnalyzer().Merge(Seeds).Quotes, q => Assert.Equal("Frederik Pleitgen", q.Speaker));

    [Fact]
    public void Merge_EntityOnlyOneOutletNames_IsADifference()
    {
        var difference = Assert.Single(new StoryAnalyzer().Merge(Seeds).Differences, d => d.Text.Contains("Kolpino", StringComparison.Ordinal));
        Assert.Equal(["b"], difference.Articles);
        Assert.Contains("CNN", difference.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_NumbersThatDisagree_AreADifference()
    {
        var difference = Assert.Single(new StoryAnalyzer().Merge(Seeds).Differences, d => d.Text.StartsWith("Figures differ", StringComparison.Ordinal));
        Assert.Contains("18 municipal districts", difference.Text, StringComparison.Ordinal);
        Assert.Contains("16 municipal districts", difference.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_SharedFact_IsOneClaimWithBothArticles()
    {
        var shared = new[]
        {
            Article("a", "A", [], [new("18 municipal districts", 18, "municipal districts", 0, 22)]),
            Article("b", "B", [], [new("18 municipal districts", 18, "municipal districts", 0, 22)]),
        };
        var claim = Assert.Single(new StoryAnalyzer().Merge(shared).Claims);
        Assert.Equal(["a", "b"], claim.Articles);
        Assert.Equal(18, claim.Value);
    }

    [Fact]
    public void Merge_NoArticles_IsEmpty() => Assert.Empty(new StoryAnalyzer().Merge([]).Entities);
}
