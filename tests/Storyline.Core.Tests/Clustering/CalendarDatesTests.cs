using Storyline.Core.Clustering;
using Storyline.Core.Clustering.Online;

namespace Storyline.Core.Tests.Clustering;

public sealed class CalendarDatesTests
{
    // Published Wednesday 2016-11-23.
    private static readonly DateTimeOffset Published = new(2016, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static int Day(int year, int month, int day) => CalendarDates.DayOf(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero));

    public static TheoryData<string, string, int[]> Texts => new()
    {
        { "abbreviated month with a period", "The shooting happened on Oct. 1 at the intersection.", [Day(2016, 10, 1)] },
        { "full month with an ordinal", "Police arrested him on February 1st after a tip.", [Day(2016, 2, 1)] },
        { "a later month is last year's", "The December 3 crash killed two.", [Day(2015, 12, 3)] },
        { "the next day is still this year's (time zones)", "Vigil set for Nov. 24 downtown.", [Day(2016, 11, 24)] },
        { "an explicit year is kept", "the trial of a man charged in the March 10, 2014 killing", [Day(2014, 3, 10)] },
        { "day before month", "He was shot on 5 June near the station.", [Day(2016, 6, 5)] },
        { "clock times are not days", "Shots were fired at 3:31 a.m. on Oct 10:30 said police", [] },
        { "decimals are not days", "Revenue rose to Oct 1.5 million", [] },
        { "a lower-case modal verb is not a month", "Officers may 2 weeks later", [] },
        { "an impossible day is ignored", "on February 30 and Sept 31", [] },
        { "no dates", "Two men were wounded late Saturday.", [] },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Find_Text_ResolvesNamedDates(string scenario, string body, int[] expected)
    {
        var days = CalendarDates.Find("", body, Published);

        Assert.True(days.SetEquals(expected), $"{scenario}: expected [{string.Join(",", expected)}], got [{string.Join(",", days)}]");
    }

    [Fact]
    public void Find_UnknownPublicationTime_FindsNoDates()
    {
        Assert.Empty(CalendarDates.Find("Shooting on Oct. 1", "", ClusterInputReader.UnknownTime));
    }

    public static TheoryData<string, int[], int[], int, bool> References => new()
    {
        { "names the day the other was first reported", [500], [], 500, true },
        { "names the day before the first report", [499], [], 500, true },
        { "names a day after the first report", [501], [], 500, false },
        { "names a day the other's lead gave", [490], [491], 500, true },
        { "names an unrelated day", [400], [491], 500, false },
        { "names no day", [], [491], 500, false },
    };

    [Theory]
    [MemberData(nameof(References))]
    public void Refers_NamedDays_MatchTheOthersEventDay(string scenario, int[] named, int[] eventDays, int firstDay, bool expected)
    {
        Assert.True(expected == CalendarDates.Refers(named, eventDays, firstDay), scenario);
    }
}
