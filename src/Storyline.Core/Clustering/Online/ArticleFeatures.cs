namespace Storyline.Core.Clustering.Online;

/// <summary>What one article contributes to matching: counted terms and names, and its body fingerprint.</summary>
internal sealed record ArticleFeatures
{
    /// <summary>Stemmed content words, numbers ("#23") and entity keys ("e:john smith") with their weighted counts.</summary>
    public required Dictionary<string, double> Counts { get; init; }

    /// <summary>Headline terms only.</summary>
    public required HashSet<string> TitleTerms { get; init; }

    /// <summary>Entity-like keys: capitalised phrases and their last word ("e:…"), numbers of two digits or more ("#…").</summary>
    public required HashSet<string> Entities { get; init; }

    /// <summary>
    /// People and places the headline names ("e:…"), when the article has a body (none for a Title Case headline over
    /// a body: its capitals say nothing).
    /// </summary>
    public HashSet<string> HeadlineNames { get; init; } = [];

    /// <summary>Numbers of the headline and lead (see <see cref="LeadNumbers"/>).</summary>
    public required HashSet<int> LeadNumbers { get; init; }

    /// <summary>Days the headline and lead say the event happened on (see <see cref="Online.EventDays"/>).</summary>
    public required HashSet<int> EventDays { get; init; }

    /// <summary>Calendar dates named anywhere in the headline and the read body (see <see cref="CalendarDates"/>).</summary>
    public required HashSet<int> NamedDates { get; init; }

    /// <summary>SimHash of word 3-shingles of the body (the headline when there is no body).</summary>
    public required ulong Fingerprint { get; init; }

    /// <summary>Words the fingerprint was computed from; short texts need an exact fingerprint match.</summary>
    public required int FingerprintWords { get; init; }
}
