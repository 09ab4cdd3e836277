using Storyline.Core.Analysis;
using Storyline.Core.Analysis.Coreference;

namespace Storyline.Core.Tests.Analysis;

public sealed class EntityCoreferenceTests
{
    [Theory]
    [InlineData("Ana Cabrera spoke. Ms Cabrera said more.", "Ms Cabrera", "Ana Cabrera")]
    [InlineData("Deputy Dmitry Palyuga tweeted. Mr. Palyuga stated it.", "Mr. Palyuga", "Dmitry Palyuga")]
    [InlineData("Frederik Pleitgen reported. Fred Pleitgen added.", "Fred Pleitgen", "Frederik Pleitgen")]
    public void Resolve_ShortForm_GetsTheFullName(string text, string shortForm, string full)
    {
        var fullAt = text.IndexOf(full, StringComparison.Ordinal);
        var shortAt = text.IndexOf(shortForm, StringComparison.Ordinal);
        var mentions = new List<EntityMention>
        {
            new(full, EntityType.PER, fullAt, fullAt + full.Length),
            new(shortForm, EntityType.PER, shortAt, shortAt + shortForm.Length),
        };
        var resolved = EntityCoreference.Resolve(text, mentions);
        Assert.Equal(full, resolved[1].Canonical);
        Assert.DoesNotContain(resolved[1].Text.Split(' ')[0].TrimEnd('.'), NameMatcher.Titles.ToList()); // titles are stripped
    }

    [Fact]
    public void Resolve_AmbiguousSurname_StaysUnresolved()
    {
        const string text = "Ann Lee and Bob Lee met. Lee said no.";
        var mentions = new List<EntityMention>
        {
            new("Ann Lee", EntityType.PER, 0, 7),
            new("Bob Lee", EntityType.PER, 12, 19),
            new("Lee", EntityType.PER, 25, 28),
        };
        Assert.Null(EntityCoreference.Resolve(text, mentions)[2].Canonical);
    }

    [Theory]
    [InlineData("St Petersburg", "St. Petersburg")]
    [InlineData("the United States", "United States")]
    [InlineData("Zürich", "Zurich")]
    public void Normalize_SpellingVariants_AreEqual(string a, string b) => Assert.Equal(NameMatcher.Normalize(a), NameMatcher.Normalize(b));

    [Theory]
    [InlineData("fred pleitgen", "frederik pleitgen", true)]
    [InlineData("bill clinton", "william clinton", true)]
    [InlineData("hillary clinton", "bill clinton", false)]
    [InlineData("putin", "vladimir putin", true)]
    public void SamePerson_ComparesGivenNamesAndSurnames(string a, string b, bool same) => Assert.Equal(same, NameMatcher.SamePerson(a, b));

    [Fact]
    public void Resolve_PersonalTitle_MakesTheMentionAPerson()
    {
        const string text = "Ms Ana Cabrera said so.";
        var resolved = EntityCoreference.Resolve(text, [new EntityMention("Ms Ana Cabrera", EntityType.ORG, 0, 14)]);
        var person = Assert.Single(resolved);
        Assert.Equal(("Ana Cabrera", EntityType.PER, 3), (person.Text, person.Type, person.Start));
    }
}
