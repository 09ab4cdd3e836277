namespace Storyline.Subscriptions;

/// <summary>Parsing and timing of <see cref="DigestFrequency"/>.</summary>
public static class DigestFrequencies
{
    public static bool TryParse(string? text, out DigestFrequency frequency) =>
        Enum.TryParse(text, ignoreCase: true, out frequency) && Enum.IsDefined(frequency) && text.All(char.IsAsciiLetter);

    /// <summary>What a reader gets when the form leaves it open: every new report of a story, a daily summary of anything wider.</summary>
    public static DigestFrequency DefaultFor(FollowKind kind) => kind == FollowKind.Story ? DigestFrequency.Instant : DigestFrequency.Daily;

    public static string Name(DigestFrequency frequency) => frequency.ToString().ToLowerInvariant();

    /// <summary>Time between two digests; zero for instant (every run that finds news).</summary>
    public static TimeSpan Period(DigestFrequency frequency) => frequency switch
    {
        DigestFrequency.Daily => TimeSpan.FromDays(1),
        DigestFrequency.Weekly => TimeSpan.FromDays(7),
        _ => TimeSpan.Zero,
    };

    public static TimeSpan Period(string frequency) => TryParse(frequency, out var f) ? Period(f) : TimeSpan.FromDays(1);

    /// <summary>How the notice and mails say it.</summary>
    public static string Describe(DigestFrequency frequency) => frequency switch
    {
        DigestFrequency.Instant => "as soon as there is news",
        DigestFrequency.Daily => "at most once a day",
        _ => "at most once a week",
    };
}
