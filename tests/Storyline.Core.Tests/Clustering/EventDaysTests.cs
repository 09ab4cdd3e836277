using Storyline.Core.Clustering;
using Storyline.Core.Clustering.Online;

namespace Storyline.Core.Tests.Clustering;

public sealed class EventDaysTests
{
    // Monday 2024-03-04: weekdays are resolved backwards from the publication day.
    private static readonly DateTimeOffset Monday = new(2024, 3, 4, 18, 30, 0, TimeSpan.Zero);

    private static int Day(int daysBeforeMonday) => (int)(Monday.UtcDateTime.Date.AddDays(-daysBeforeMonday).Ticks / TimeSpan.TicksPerDay);

    public static TheoryData<string, string, string, int[]> Texts => new()
    {
        { "a weekday in the headline is the latest such day", "Man shot Saturday near park", "", [Day(2)] },
        { "the publication weekday is that same day", "Council meets Monday", "", [Day(0)] },
        { "yesterday is the day before", "", "A woman was hurt yesterday when a car hit her.", [Day(1)] },
        { "today and tonight are the publication day", "Vigil tonight", "Police said today that two men were arrested.", [Day(0)] },
        { "a possessive weekday still counts", "", "Tuesday's shooting left one dead.", [Day(6)] },
        { "weekday names in any case", "", "SUNDAY crash on the highway", [Day(1)] },
        { "no day words", "Two hurt in crash", "Two people were hurt in a crash on Elm Street.", [] },
        { "words that only contain a weekday do not count", "", "Mondays are quiet; the Sundayschool was closed.", [] },
        { "several days are all kept", "Shooting Friday, arrest Sunday", "", [Day(3), Day(1)] },
        { "days past the lead are ignored", "", new string('x', 300) + " on Friday", [] },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Find_Text_ResolvesTheNamedDays(string scenario, string title, string body, int[] expected)
    {
        var days = EventDays.Find(title, body, leadChars: 250, Monday);

        Assert.True(days.SetEquals(expected), $"{scenario}: expected [{string.Join(",", expected)}], got [{string.Join(",", days)}]");
    }

    [Fact]
    public void Find_UnknownPublicationTime_FindsNoDays()
    {
        Assert.Empty(EventDays.Find("Man shot Saturday", "Police said today", 250, ClusterInputReader.UnknownTime));
    }

    public static TheoryData<string, int[], int[], bool> Pairs => new()
    {
        { "either side names no day", [], [100], false },
        { "both sides name no day", [], [], false },
        { "the same day", [100], [100], false },
        { "adjacent days (date-only precision)", [100], [101], false },
        { "two days apart", [100], [102], true },
        { "any close pair is enough", [100, 110], [95, 111], false },
        { "all pairs far apart", [100, 110], [95, 105], true },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Conflict_DayPairs_OnlyWhenNoDaysAreClose(string scenario, int[] a, int[] b, bool expected)
    {
        Assert.True(expected == EventDays.Conflict(a, b), scenario);
        Assert.True(expected == EventDays.Conflict(b, a), scenario + " (swapped)");
    }
}
