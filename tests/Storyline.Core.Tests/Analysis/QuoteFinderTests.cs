using Storyline.Core.Analysis.Quotes;

namespace Storyline.Core.Tests.Analysis;

public sealed class QuoteFinderTests
{
    [Theory]
    [InlineData("She said: “We will stay.”", "We will stay.")]
    [InlineData("He said: \"We will stay.\"", "We will stay.")]
    [InlineData("«Nous restons», a-t-il dit.", "Nous restons")]
    [InlineData("Er sagte: „Wir bleiben.“", "Wir bleiben.")]
    [InlineData("He calls it “hell” and “worse”.", "hell")]
    public void Find_QuoteMarks_GiveTheQuotedText(string text, string expected)
    {
        var quotes = QuoteFinder.Find(text);
        Assert.Equal(expected, text[quotes[0].Start..quotes[0].End]);
    }

    [Fact]
    public void Find_NestedCurlyQuotes_KeepTheOuterQuoteWhole()
    {
        const string text = "“I would rather live in what he calls “hell” than there,” she said.";
        var quote = Assert.Single(QuoteFinder.Find(text));
        Assert.Equal("I would rather live in what he calls “hell” than there,", text[quote.Start..quote.End]);
    }

    [Fact]
    public void Find_MultiParagraphQuote_MarksTheContinuation()
    {
        const string text = "Jane Roe said: “First paragraph.\n\n“Second paragraph.”\n\n“A new quote.”";
        var quotes = QuoteFinder.Find(text);
        Assert.Equal(3, quotes.Count);
        Assert.Equal(-1, quotes[0].Close);
        Assert.True(quotes[1].ContinuesPrevious);
        Assert.False(quotes[2].ContinuesPrevious);
    }

    [Theory]
    [InlineData("“Never closed and the paragraph ends")]
    [InlineData("Closing only” here")]
    [InlineData("\"\"\"\"\"\"")]
    [InlineData("“")]
    [InlineData("”“”“")]
    public void Find_UnbalancedMarks_StayInsideTheText(string text)
    {
        foreach (var q in QuoteFinder.Find(text))
        {
            Assert.InRange(q.Start, 0, text.Length);
            Assert.InRange(q.End, q.Start, text.Length);
        }
    }
}
