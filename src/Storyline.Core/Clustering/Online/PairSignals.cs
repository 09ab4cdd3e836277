namespace Storyline.Core.Clustering.Online;

/// <summary>The evidence that an article (or a story) and a story report one event.</summary>
internal readonly record struct PairSignals(
    double Cosine, double TitleCosine, double EntityOverlap, double GapDays, bool SameSource, bool NumberConflict = false, bool DayConflict = false,
    bool DateReference = false)
{
    /// <summary>σ(bias + Σ wᵢ·signalᵢ): the probability that the pair is one event.</summary>
    public double Probability(StoryDecisionWeights w)
    {
        var z = w.Bias + w.Cosine * Cosine + w.TitleCosine * TitleCosine + w.EntityOverlap * EntityOverlap
            + w.TimeGap * Math.Log(1 + GapDays) + (SameSource ? w.SameSource : 0)
            + (NumberConflict ? w.LeadNumberConflict : 0) + (DayConflict ? w.EventDayConflict : 0)
            + (DateReference && GapDays >= CalendarDates.FollowUpMinDays ? w.DateReference : 0);
        return 1 / (1 + Math.Exp(-z));
    }
}
