namespace Storyline.Core.Clustering.Online;

/// <summary>
/// Calendar dates a report names ("Oct. 1", "February 1st", "March 10, 2014", "10 March"), resolved against the
/// publication date: without a year, the latest such date not after publication. A follow-up weeks or months
/// later ("charged in the Oct. 1 shooting") names the day its event happened, which is what ties it to the first
/// reports when the wording and the outlets have changed.
/// </summary>
internal static class CalendarDates
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["January"] = 1, ["Jan"] = 1, ["February"] = 2, ["Feb"] = 2, ["March"] = 3, ["Mar"] = 3, ["April"] = 4, ["Apr"] = 4,
        ["May"] = 5, ["June"] = 6, ["Jun"] = 6, ["July"] = 7, ["Jul"] = 7, ["August"] = 8, ["Aug"] = 8,
        ["September"] = 9, ["Sept"] = 9, ["Sep"] = 9, ["October"] = 10, ["Oct"] = 10, ["November"] = 11, ["Nov"] = 11,
        ["December"] = 12, ["Dec"] = 12,
    };

    /// <summary>
    /// A named date is evidence only across a gap: reports of the same days all name the same date (every shooting
    /// of the weekend in one city), while a report days later that names the event's day is a follow-up.
    /// </summary>
    public const double FollowUpMinDays = 2;

    /// <summary>A date ahead of publication by more than this is last year's (a report dated the next morning names "today").</summary>
    private const int FutureSlackDays = 1;

    /// <summary>Day numbers (days since 0001-01-01) of the calendar dates in <paramref name="title"/> and <paramref name="body"/>.</summary>
    public static HashSet<int> Find(string title, string body, DateTimeOffset published)
    {
        var days = new HashSet<int>();
        if (published == ClusterInputReader.UnknownTime) return days;
        Scan(title, published, days);
        Scan(body, published, days);
        return days;
    }

    /// <summary>True when a date one side names is within a day of a day the other side happened on.</summary>
    public static bool Refers(IReadOnlyCollection<int> named, IReadOnlyCollection<int> eventDays, int firstDay)
    {
        foreach (var day in named)
        {
            // Reports appear on the day of the event or the day after.
            if (day >= firstDay - 2 && day <= firstDay) return true;
            foreach (var other in eventDays)
                if (Math.Abs(day - other) <= 1) return true;
        }
        return false;
    }

    /// <summary>The day number of <paramref name="time"/>.</summary>
    public static int DayOf(DateTimeOffset time) => (int)(time.UtcDateTime.Date.Ticks / TimeSpan.TicksPerDay);

    private static void Scan(string text, DateTimeOffset published, HashSet<int> days)
    {
        // Word ranges, not strings: this runs on every article's lead, and most words are not months.
        var tokens = Tokens(text);
        var months = Months.GetAlternateLookup<ReadOnlySpan<char>>();
        ReadOnlySpan<char> At(int i) => i >= 0 && i < tokens.Count ? text.AsSpan(tokens[i].Start, tokens[i].Length) : [];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Length < 3 || !char.IsUpper(text[tokens[i].Start]) || !months.TryGetValue(At(i), out var month)) continue;
            // "Oct. 1", "October 1st", "March 10, 2014"
            if (DayNumber(At(i + 1)) is { } day) Add(days, Year(At(i + 2)), month, day, published);
            // "10 March"
            else if (DayNumber(At(i - 1)) is { } before) Add(days, Year(At(i + 1)), month, before, published);
        }
    }

    private static void Add(HashSet<int> days, int? year, int month, int day, DateTimeOffset published)
    {
        var pub = published.UtcDateTime.Date;
        var y = year ?? pub.Year;
        if (y < 1900 || y > 2200 || day > DateTime.DaysInMonth(y, month)) return;
        var date = new DateTime(y, month, day, 0, 0, 0, DateTimeKind.Utc);
        if (year is null && (date - pub).TotalDays > FutureSlackDays)
        {
            if (day > DateTime.DaysInMonth(y - 1, month)) return;
            date = date.AddYears(-1);
        }
        days.Add((int)(date.Ticks / TimeSpan.TicksPerDay));
    }

    private static int? DayNumber(ReadOnlySpan<char> token)
    {
        var digits = token.Length;
        if (token.EndsWith("st") || token.EndsWith("nd") || token.EndsWith("rd") || token.EndsWith("th")) digits -= 2;
        if (digits is < 1 or > 2) return null;
        var value = 0;
        for (var i = 0; i < digits; i++)
        {
            if (!char.IsAsciiDigit(token[i])) return null;
            value = value * 10 + token[i] - '0';
        }
        return value is >= 1 and <= 31 ? value : null;
    }

    private static int? Year(ReadOnlySpan<char> token) =>
        token.Length == 4 && int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            ? year : null;

    /// <summary>
    /// Letter and digit runs. A run followed by ':' or by '.' and a digit (a clock time, a decimal) is kept as an
    /// empty range so that it is neither a day nor a month and still separates its neighbours.
    /// </summary>
    private static List<(int Start, int Length)> Tokens(string text)
    {
        var tokens = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && char.IsAsciiLetterOrDigit(text[i]);
            if (isWord && start < 0) start = i;
            else if (!isWord && start >= 0)
            {
                var clock = i < text.Length && (text[i] == ':' || (text[i] == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])));
                tokens.Add((start, clock ? 0 : i - start));
                start = -1;
            }
        }
        return tokens;
    }
}
