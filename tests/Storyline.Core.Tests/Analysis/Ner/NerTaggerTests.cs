using Storyline.Core.Analysis;
using Storyline.Core.Analysis.Ner;
using Storyline.Core.Analysis.Text;

namespace Storyline.Core.Tests.Analysis.Ner;

public sealed class NerTaggerTests
{
    private static List<EntityMention> Tag(string text) => new NerTagger(NerModel.Default!).Tag(text, Tokenizer.Tokenize(text));

    [Theory]
    [InlineData("Please send me the quotes by Friday.\nVince", "Vince")]
    [InlineData("Traci,\nPlease send me the quotes by Friday.", "Traci")]
    [InlineData("See you at the meeting.\nVladi.", "Vladi")]
    public void Tag_NameAloneOnALetterLine_IsAPerson(string text, string name)
    {
        var entity = Assert.Single(Tag(text), e => e.Text == name);
        Assert.Equal(EntityType.PER, entity.Type);
    }

    [Theory]
    [InlineData("Regards,")]
    [InlineData("Thanks,")]
    [InlineData("Monday")]
    [InlineData("HR")]
    [InlineData("Wow!")]
    public void Tag_GreetingOrCommonWordAloneOnALine_IsNoName(string line) =>
        Assert.Empty(Tag("Please send me the quotes by Friday.\n" + line));

    [Theory]
    [InlineData("i am from mexico and i live in san francisco now", "san francisco", EntityType.LOC)]
    [InlineData("has anyone been to afghanistan lately ?", "afghanistan", EntityType.LOC)]
    public void Tag_LowerCaseKnownName_IsTagged(string text, string name, EntityType type) =>
        Assert.Contains(Tag(text), e => e.Text == name && e.Type == type);

    [Theory]
    [InlineData("my mother is irish and my father is a nazi hunter")]
    [InlineData("We bought a turkey and some bread for the party in Paris.")]
    public void Tag_LowerCaseCommonWord_IsNoName(string text) =>
        Assert.DoesNotContain(Tag(text), e => e.Text is "irish" or "turkey" or "bread");

    [Theory]
    [InlineData("Please write to janesmith@paulhastings.com or to Kent.Shoemaker@ae.ge.com for details.")]
    [InlineData("More at http://www.bbc.co.uk/news and www.visitsouthshropshire.co.uk today.")]
    public void Tag_PiecesOfAnAddress_AreNoNames(string text) =>
        Assert.Empty(Tag(text));

    [Fact]
    public void Tag_NameBesideAnAddress_IsStillTagged() =>
        Assert.Contains(Tag("Michael McDermott <mjmcdermott@hotmail.com> wrote on Monday."), e => e.Text == "Michael McDermott" && e.Type == EntityType.PER);

    [Theory]
    [InlineData("The former Iraqi leader Saddam Hussein refused to enter the courtroom in Baghdad.", "Iraqi")]
    [InlineData("Many see the Israeli air strikes on Gaza as a response to the rocket attacks.", "Israeli")]
    public void Tag_DemonymOfAKnownPlace_IsNoName(string text, string demonym) =>
        Assert.DoesNotContain(Tag(text), e => e.Text == demonym);

    [Theory]
    [InlineData("Philip Zelikow, who is close to the Bush administration, spoke on Tuesday.", "Bush administration")]
    [InlineData("The army arrested him in Doda district on Monday.", "Doda district")]
    public void Tag_NameFollowedByACommonNoun_EndsBeforeIt(string text, string span) =>
        Assert.DoesNotContain(Tag(text), e => e.Text == span);

    [Theory]
    [InlineData("Please find the contract attached.\nMarlene D. Hilliard", "Marlene D. Hilliard")]
    [InlineData("Please find the contract attached.\nV K Choudhry", "V K Choudhry")]
    public void Tag_SignatureLineOfNameWords_IsOnePerson(string text, string name) =>
        Assert.Contains(Tag(text), e => e.Text == name && e.Type == EntityType.PER);

    [Fact]
    public void Tag_LineWithCommonWords_IsNotMadeOneName() =>
        Assert.DoesNotContain(Tag("Please find the contract attached.\nThanks From Bill"), e => e.Text == "Thanks From Bill");

    [Fact]
    public void Tag_QuotedDisplayNameSurnameFirst_IsOnePerson()
    {
        const string text = "\"Townsend, George\" <gtownsend@example.net>";
        var mentions = Tag(text);
        Assert.DoesNotContain(mentions, m => m.Text is "George" or "Townsend");
        var person = Assert.Single(mentions, m => m.Text == "Townsend, George");
        Assert.Equal(EntityType.PER, person.Type);
    }

    [Theory]
    [InlineData("The concert was held at Orchestra Hall in Chicago on Friday.", "Orchestra Hall")]
    [InlineData("NASA will send astronauts to the International Space Station next year.", "International Space Station")]
    public void Tag_BuildingOrVenue_IsAPlace(string text, string name) =>
        Assert.DoesNotContain(Tag(text), e => e.Text == name && e.Type == EntityType.ORG);

    [Theory]
    [InlineData("The Calder Maritime Union's secretary, Ansel Dorn, said members would keep picketing.", "Calder Maritime Union")]
    [InlineData("The union says the new rota adds three night shifts a month. Calder Ferries says it adds two.", "Calder Ferries")]
    public void Tag_NameEndingInAnOrganisationHeadNoun_IsAnOrganisationWithAllItsWords(string text, string name)
    {
        var entity = Assert.Single(Tag(text), e => e.Text.EndsWith(name.Split(' ')[^1], StringComparison.Ordinal));
        Assert.Equal(name, entity.Text);
        Assert.Equal(EntityType.ORG, entity.Type);
    }
}
