namespace Storyline.Core.Clustering.Online;

/// <summary>
/// Offline second pass over a finished batch: two stories merge when, compared as wholes (centroid to centroid,
/// names, lead numbers, time spans), they describe one event. The online pass sees a story only while it is in
/// the window and only through the article that arrives; here a follow-up that opened its own story meets its
/// event again. Candidates come from the stories' index keys, and pairs are merged best first, each re-scored
/// against the merged story so that a merge never chains two events through a third.
/// </summary>
internal sealed class BatchRefiner(OnlineStoryClustererOptions options, Func<int, double> idf, Func<int, int>? documentFrequency = null)
{
    /// <summary>Merges converging stories among <paramref name="stories"/>; returns (absorbed, kept) story ids.</summary>
    public List<(long Absorbed, long Into)> Refine(IReadOnlyList<StoryState> stories)
    {
        var postings = new Dictionary<int, List<StoryState>>();
        foreach (var story in stories)
            foreach (var key in story.IndexedKeys)
            {
                if (!postings.TryGetValue(key, out var posting)) postings[key] = posting = [];
                posting.Add(story);
            }

        var pairs = new List<(double Probability, StoryState A, StoryState B)>();
        var seen = new HashSet<(long, long)>();
        foreach (var story in stories)
            foreach (var key in story.IndexedKeys)
            {
                var posting = postings[key];
                if (posting.Count > options.MaxPostingScan) continue;
                foreach (var other in posting)
                {
                    if (other.Id <= story.Id || !seen.Add((story.Id, other.Id))) continue;
                    var p = Probability(story, other);
                    if (p >= options.RefineProbability) pairs.Add((p, story, other));
                }
            }
        pairs.Sort(static (a, b) => b.Probability.CompareTo(a.Probability));

        var merged = new List<(long, long)>();
        var owner = new Dictionary<StoryState, StoryState>();
        StoryState Find(StoryState s)
        {
            while (owner.TryGetValue(s, out var next)) s = next;
            return s;
        }
        foreach (var (_, a0, b0) in pairs)
        {
            var (a, b) = (Find(a0), Find(b0));
            if (a == b || Probability(a, b) < options.RefineProbability) continue;
            var (keep, absorb) = a.Id < b.Id ? (a, b) : (b, a);
            keep.Absorb(absorb, options.MaxStoryTerms);
            absorb.Absorbed = true;
            owner[absorb] = keep;
            merged.Add((absorb.Id, keep.Id));
        }
        return merged;
    }

    private double Probability(StoryState a, StoryState b)
    {
        var gap = a.GapDays(b.FirstSeen, b.LastSeen);
        var referenced = a.DateReferenced(b);
        // Beyond the window a follow-up needs something that ties it to its event: the day it names, or a name
        // nothing else in the batch carries (a victim's or a suspect's) reported by different outlets; a name only
        // one outlet carries may be its own page furniture (a byline, a station slogan in the headline).
        var followUp = referenced
            || (documentFrequency is not null && !a.Sources.Keys.Any(b.Sources.ContainsKey) && a.SharesExclusiveName(b, documentFrequency));
        if (gap > (followUp ? options.FollowUpWindow : options.RefineWindow).TotalDays) return 0;
        // A story of one article has no core beyond the article, and the pair model below already weighs its names and
        // numbers; the veto is for stories whose centroids grew alike as they grew.
        if (Math.Min(a.Members.Count, b.Members.Count) >= options.RefineVetoMinMembers
            && a.CoresDisagree(b, options.StoryCoreShare, options.NumberDisagreementWindow.TotalDays)) return 0;
        return new PairSignals(
            Cosine: StoryState.Cosine(a.Centroid, a.NormSquared, b.Centroid, b.NormSquared),
            TitleCosine: StoryState.Cosine(a.TitleCentroid, a.TitleNormSquared, b.TitleCentroid, b.TitleNormSquared),
            EntityOverlap: options.RefineByContainment ? a.EntityContainment(b, idf) : a.EntityJaccard(b, idf),
            GapDays: gap,
            SameSource: false,
            NumberConflict: a.ConflictsWith(b.CoreLeadNumbers(options.StoryCoreShare), options.StoryCoreShare),
            DayConflict: EventDays.Conflict(a.EventDays, b.EventDays),
            DateReference: followUp).Probability(options.Decision);
    }
}
