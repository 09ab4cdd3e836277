namespace Storyline.Subscriptions;

/// <summary>How often a digest goes out: at every run with news (instant), once a day, once a week.</summary>
public enum DigestFrequency
{
    Instant,
    Daily,
    Weekly,
}
