namespace Storyline.Core.Clustering.Online;

/// <summary>
/// The days a report says its event happened on, from the weekday names and "today"/"tonight"/"yesterday" in its
/// headline and lead, resolved against the publication date ("Saturday" in a Monday report is two days before).
/// Two shootings in one city a few days apart share the city and the vocabulary but not the day; a follow-up
/// that names no day conflicts with nothing.
/// </summary>
internal static class EventDays
{
    private static readonly Dictionary<string, int> Offsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["today"] = -1, ["tonight"] = -1, ["yesterday"] = -2,
        ["sunday"] = (int)DayOfWeek.Sunday, ["monday"] = (int)DayOfWeek.Monday, ["tuesday"] = (int)DayOfWeek.Tuesday,
        ["wednesday"] = (int)DayOfWeek.Wednesday, ["thursday"] = (int)DayOfWeek.Thursday,
        ["friday"] = (int)DayOfWeek.Friday, ["saturday"] = (int)DayOfWeek.Saturday,
    };

    /// <summary>Day numbers (days since 0001-01-01) named in <paramref name="title"/> and the lead of <paramref name="body"/>.</summary>
    public static HashSet<int> Find(string title, string body, int leadChars, DateTimeOffset published)
    {
        var days = new HashSet<int>();
        // Without a publication date (unordered batches) a weekday cannot be placed.
        if (published == ClusterInputReader.UnknownTime) return days;
        Scan(title, published, days);
        Scan(body.Length <= leadChars ? body : body[..leadChars], published, days);
        return days;
    }

    /// <summary>True when both name days and no two are within a day of each other (dates are day-precise at best).</summary>
    public static bool Conflict(IReadOnlyCollection<int> a, IReadOnlyCollection<int> b)
    {
        if (a.Count == 0 || b.Count == 0) return false;
        foreach (var x in a)
            foreach (var y in b)
                if (Math.Abs(x - y) <= 1) return false;
        return true;
    }

    private static void Scan(string text, DateTimeOffset published, HashSet<int> days)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && char.IsLetter(text[i]);
            if (isLetter && start < 0) start = i;
            else if (!isLetter && start >= 0)
            {
                if (i - start >= 5 && Offsets.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(start, i - start), out var offset))
                    days.Add(Resolve(offset, published));
                start = -1;
            }
        }
    }

    private static int Resolve(int offset, DateTimeOffset published)
    {
        var day = published.UtcDateTime.Date;
        var back = offset switch
        {
            -1 => 0,
            -2 => 1,
            _ => ((int)day.DayOfWeek - offset + 7) % 7,
        };
        return (int)(day.AddDays(-back).Ticks / TimeSpan.TicksPerDay);
    }
}
