namespace Storyline.Core.Clustering;

/// <summary>
/// Limits and decision weights of <see cref="OnlineStoryClusterer"/>. The defaults are argued in
/// <c>docs/benchmarks.md</c> (Clustering) and were set by reasoning about the signals, not fitted to labels.
/// </summary>
public sealed record OnlineStoryClustererOptions
{
    /// <summary>A story takes new articles while its latest article is at most this old (follow-ups: arrests, charges).</summary>
    public TimeSpan ActiveWindow { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Only the lead of a long body is read: the event is named there, and it keeps the cost per article flat.</summary>
    public int MaxBodyChars { get; init; } = 1500;

    /// <summary>Characters of the body, after the headline, whose numbers count as what the report leads with.</summary>
    public int LeadChars { get; init; } = 250;

    /// <summary>Terms kept per article vector (the heaviest by TF-IDF).</summary>
    public int MaxArticleTerms { get; init; } = 100;

    /// <summary>Terms kept per story centroid; bounds the cost of one comparison whatever the story size.</summary>
    public int MaxStoryTerms { get; init; } = 200;

    /// <summary>Heaviest article terms posted to the inverted index.</summary>
    public int IndexedTermsPerArticle { get; init; } = 24;

    /// <summary>Rarest entity-like keys (names, numbers) posted to the inverted index.</summary>
    public int IndexedEntitiesPerArticle { get; init; } = 16;

    /// <summary>Postings longer than this are too common to discriminate and are not scanned for candidates.</summary>
    public int MaxPostingScan { get; init; } = 100;

    /// <summary>Stories scored in full per article, the best by shared index weight.</summary>
    public int MaxCandidates { get; init; } = 20;

    /// <summary>
    /// Distinct terms kept in the document-frequency table before rare ones are pruned. The table is the one structure
    /// not bounded by the window; a million terms holds a window's vocabulary with names, and a larger table only
    /// grows the heap and the cost of each lookup (docs/benchmarks.md, Clustering, Scale).
    /// </summary>
    public int MaxVocabulary { get; init; } = 1_000_000;

    /// <summary>Weight of a headline term relative to a body term.</summary>
    public double TitleWeight { get; init; } = 2.0;

    /// <summary>Extra weight of entity-like keys (names, numbers) in the article vector.</summary>
    public double EntityWeight { get; init; } = 1.0;

    /// <summary>
    /// A name or number belongs to a story's core when the founding article carries it, or at least two articles and this
    /// share of them do. Articles are compared with the core, not with everything any member ever named, so one loose
    /// member cannot pull in the next unrelated event (the union of a mixed story's names contains everybody's).
    /// </summary>
    public double StoryCoreShare { get; init; } = 0.25;

    /// <summary>
    /// Two stories whose cores lead with different numbers never merge when they are at most this far apart: reports of
    /// one event within a day give the same counts; weeks later a follow-up leads with new ones (a sentence, an age at
    /// trial), so further apart the numbers only weigh in the decision.
    /// </summary>
    public TimeSpan NumberDisagreementWindow { get; init; } = TimeSpan.FromDays(1);

    /// <summary>
    /// A paragraph shape (its lower-case words, names and numbers masked) seen with this many different fillings is a
    /// template ("{Name} said the {topic} in {Place} affects {n} districts"), dropped before matching; 0 turns it off.
    /// </summary>
    public int TemplateFillings { get; init; } = 3;

    /// <summary>Paragraph shapes remembered for <see cref="TemplateFillings"/>, oldest forgotten first.</summary>
    public int MaxTemplateShapes { get; init; } = 200_000;

    /// <summary>Maximum SimHash Hamming distance for two bodies to be the same text (syndicated copy).</summary>
    public int DuplicateMaxHamming { get; init; } = 3;

    /// <summary>Bodies shorter than this (in words) are duplicates only when their fingerprints are identical.</summary>
    public int DuplicateMinWords { get; init; } = 40;

    /// <summary>Weights of the join decision (a logistic model over pair signals).</summary>
    public StoryDecisionWeights Decision { get; init; } = new();

    /// <summary>Join when the decision's probability is at least this.</summary>
    public double JoinProbability { get; init; } = 0.5;

    /// <summary>Stories the article matched at least this well are checked for convergence with the story it joined.</summary>
    public double MergeCandidateProbability { get; init; } = 0.5;

    /// <summary>Two stories merge when the probability that their centroids describe one event is at least this.</summary>
    public double MergeProbability { get; init; } = 0.6;

    /// <summary>
    /// Offline batches only (<see cref="OnlineStoryClusterer.RefineBatch"/>): two finished stories merge when the probability
    /// that they are one event, compared as wholes, is at least this.
    /// </summary>
    public double RefineProbability { get; init; } = 0.5;

    /// <summary>
    /// Refinement refuses a merge when the stories' cores disagree (<see cref="NumberDisagreementWindow"/>) only when both
    /// stories have at least this many articles. A story of one article has no core beyond the article, and its names and
    /// numbers already weigh in the decision; vetoing it split follow-ups that name the place differently ("KC" for
    /// "Kansas City", "Dorchester" for "Boston") or revise a count. Stories whose centroids grew alike as they grew
    /// (templated pages) have more than one article each; 0 vetoes every pair.
    /// </summary>
    public int RefineVetoMinMembers { get; init; } = 2;

    /// <summary>Refinement compares names by containment of the smaller story in the larger (else Jaccard).</summary>
    public bool RefineByContainment { get; init; } = true;

    /// <summary>Refinement merges stories up to this far apart in time (follow-ups: charges, trials).</summary>
    public TimeSpan RefineWindow { get; init; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Refinement also merges stories up to this far apart when one names the calendar date the other happened on
    /// (a trial months later naming the day of the shooting) or both name a person no other article names; without
    /// such a tie the prior that two stories months apart are one event is too low.
    /// </summary>
    public TimeSpan FollowUpWindow { get; init; } = TimeSpan.FromDays(400);
}
