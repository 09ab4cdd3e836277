using Storyline.Core.Analysis;
using Storyline.Core.Analysis.Ner;
using Storyline.Core.Analysis.Text;

namespace Storyline.Core.Tests.Analysis;

public sealed class DocumentConsistencyTests
{
    [Fact]
    public void Apply_LoneSurnameTaggedAsOrganisation_BecomesThePerson()
    {
        const string text = "Gen. Carter Ham retired. Ham said he was proud.";
        var mentions = new List<EntityMention>
        {
            new("Carter Ham", EntityType.PER, 5, 15),
            new("Ham", EntityType.ORG, 25, 28),
        };
        var result = DocumentConsistency.Apply(text, Tokenizer.Tokenize(text), mentions);
        Assert.Equal(EntityType.PER, result[1].Type);
    }

    [Fact]
    public void Apply_UntaggedRepeatOfAName_IsTagged()
    {
        const string text = "Maria Lopez spoke. Later Maria Lopez left.";
        var mentions = new List<EntityMention> { new("Maria Lopez", EntityType.PER, 0, 11) };
        var result = DocumentConsistency.Apply(text, Tokenizer.Tokenize(text), mentions);
        Assert.Equal(2, result.Count);
        Assert.Equal((25, 36), (result[1].Start, result[1].End));
    }

    [Fact]
    public void Apply_NoMentions_ReturnsThemUnchanged()
    {
        var result = DocumentConsistency.Apply("nothing here", Tokenizer.Tokenize("nothing here"), []);
        Assert.Empty(result);
    }
}
