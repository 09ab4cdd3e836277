using Storyline.Core.Extraction.Html;

namespace Storyline.Core.Tests.Extraction.Html;

public sealed class ClassNameTokensTests
{
    [Theory]
    [InlineData("related-posts__list", -25, true, true)]   // a hard word among the tokens
    [InlineData("article-body", 25, false, false)]          // positive words
    [InlineData("SIDEBAR", -25, true, false)]               // judged in lower case
    [InlineData("entrycontent", 25, false, false)]          // a positive phrase inside one name
    [InlineData("ad slot", -25, true, true)]                // a hard pair of consecutive words
    [InlineData("main-content share", 0, true, true)]       // positive and negative cancel; the hard word still counts
    [InlineData("comment_form", -25, true, true)]           // the phrase once '_' is removed
    [InlineData("story", 25, false, false)]
    [InlineData("x1 y2", 0, false, false)]
    [InlineData("", 0, false, false)]
    public void Judge_ClassNames_GiveTheirSignals(string names, int weight, bool unlikely, bool hard) =>
        Assert.Equal(new ClassSignals(weight, unlikely, hard), ClassNameTokens.Judge(names));

    [Fact]
    public void Judge_NamesLongerThanTheStackBuffer_AreJudgedWhole()
    {
        var names = string.Join(' ', Enumerable.Repeat("layout-wrapper", 40)) + " newsletter-signup";
        Assert.Equal(new ClassSignals(-25, true, true), ClassNameTokens.Judge(names));
    }

    [Fact]
    public void Judge_PhraseAcrossTwoNames_DoesNotMatch()
    {
        // "foo-cook" and "ie-bar" would spell "cookie" if the space between the names were dropped with the dashes.
        Assert.Equal(new ClassSignals(0, false, false), ClassNameTokens.Judge("foo-cook ie-bar"));
    }
}
