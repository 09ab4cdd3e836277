namespace Storyline.Core.Clustering;

/// <summary>
/// Weights of the logistic join decision: p = σ(bias + Σ wᵢ·signalᵢ). Set by reasoning about what each signal
/// means (see docs/benchmarks.md, Clustering), never fitted on the evaluation labels.
/// </summary>
public sealed record StoryDecisionWeights
{
    /// <summary>Prior log-odds that an article belongs to a given candidate story.</summary>
    public double Bias { get; init; } = -4.0;

    /// <summary>Per unit of TF-IDF cosine between the article (title + lead) and the story centroid.</summary>
    public double Cosine { get; init; } = 20.0;

    /// <summary>Per unit of headline-to-headline cosine.</summary>
    public double TitleCosine { get; init; } = 2.0;

    /// <summary>Per unit of IDF-weighted share of the article's names and numbers that the story already has.</summary>
    public double EntityOverlap { get; init; } = 4.0;

    /// <summary>When both lead with numbers (ages, counts) and share none of them.</summary>
    public double LeadNumberConflict { get; init; } = -2.0;

    /// <summary>Per natural-log day (log(1 + days)) between the article and the story's time span.</summary>
    public double TimeGap { get; init; } = -0.6;

    /// <summary>When the outlet already covered the story (one outlet rarely writes the same event twice).</summary>
    public double SameSource { get; init; } = -0.7;

    /// <summary>When both say on which day the event happened and the days differ by more than one.</summary>
    public double EventDayConflict { get; init; } = -2.0;

    /// <summary>When one names the calendar date on which the other happened (a later report naming its event's day).</summary>
    public double DateReference { get; init; } = 2.0;
}
