using Storyline.Core.Feeds;

namespace Storyline.Core.Tests.Feeds;

public sealed class FeedDatesTests
{
    [Theory]
    [InlineData("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05T10:00:00+00:00")]
    [InlineData("Tue, 5 Mar 2024 10:00:00 +0100", "2024-03-05T10:00:00+01:00")]
    [InlineData("5 Mar 2024 10:00 EST", "2024-03-05T10:00:00-05:00")]
    [InlineData("Tues, 05 Mar 24 10:00:00 PDT", "2024-03-05T10:00:00-07:00")]
    [InlineData("Thursday, 07 March 2024 08:00:00 UT", "2024-03-07T08:00:00+00:00")]
    [InlineData("2024-03-05T10:00:00Z", "2024-03-05T10:00:00+00:00")]
    [InlineData("2024-03-05T10:00:00.123456+02:00", "2024-03-05T10:00:00.123456+02:00")]
    [InlineData("2024-03-05T10:00:00+0200", "2024-03-05T10:00:00+02:00")]
    [InlineData("2024-03-05 10:00:00", "2024-03-05T10:00:00+00:00")]
    [InlineData("2024-03-05", "2024-03-05T00:00:00+00:00")]
    [InlineData("20240305T100000Z", "2024-03-05T10:00:00+00:00")]
    [InlineData("March 5th, 2024", "2024-03-05T00:00:00+00:00")]
    [InlineData("Sept. 5, 2024", "2024-09-05T00:00:00+00:00")]
    [InlineData("1709632800", "2024-03-05T10:00:00+00:00")]
    [InlineData("Tue, 05 Mar 2024 10:00:00 CEST", "2024-03-05T10:00:00+02:00")]
    public void Parse_CommonFeedDateSpellings_AreRead(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a date")]
    [InlineData("yesterday")]
    [InlineData("0000-00-00 00:00:00")]
    [InlineData("1066-10-14")]
    public void Parse_Nonsense_IsNull(string? text)
    {
        Assert.Null(FeedDates.Parse(text));
    }
}
