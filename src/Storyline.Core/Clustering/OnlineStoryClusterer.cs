using Storyline.Core.Clustering.Online;

namespace Storyline.Core.Clustering;

/// <summary>
/// Online story clustering. Each article, in arrival order, is compared with the few stories an inverted index
/// over terms and names returns from the active window (never with all stories): TF-IDF cosine of headline and
/// lead against the story centroid, the share of its names and numbers the story has, the time gap, and
/// whether its outlet already covered the story. A logistic decision over those signals joins the best story or
/// opens a new one; syndicated copies (SimHash within a few bits) join their original's story and are marked.
/// When an article matches two stories that have converged, they merge. Not thread-safe: one writer at a time
/// (the ingest pipeline serialises assignment).
/// </summary>
public sealed class OnlineStoryClusterer(OnlineStoryClustererOptions? options = null) : IStoryClusterer
{
    private readonly OnlineStoryClustererOptions _options = options ?? new();
    private readonly CorpusStatistics _statistics = new((options ?? new()).MaxVocabulary);
    private static readonly bool Trace = Environment.GetEnvironmentVariable("STORYLINE_CLUSTER_TRACE") == "1";
    private readonly HashSet<string> _primed = new(StringComparer.Ordinal);
    private StoryIndex? _index;
    private DateTimeOffset _clock = DateTimeOffset.MinValue;

    private StoryIndex Index => _index ??= new StoryIndex(_options);

    /// <summary>Stories currently in the window.</summary>
    public int ActiveStories => Index.ActiveStories;

    /// <summary>Articles currently in the window.</summary>
    public int ActiveArticles => Index.ActiveArticles;

    /// <summary>Distinct terms in the document-frequency table.</summary>
    public int Vocabulary => _statistics.Vocabulary;

    /// <summary>
    /// Counts a batch into the document frequencies before it is assigned (offline mode: the whole batch is known,
    /// so its IDF is too). A live pipeline gets the same from its history through <see cref="Restore"/>.
    /// </summary>
    public void PrimeStatistics(IEnumerable<ClusterDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var document in documents)
        {
            _statistics.Add(FeatureExtractor.Extract(document, _options).Counts.Keys);
            _primed.Add(document.Id);
        }
    }

    public StoryAssignment Assign(ClusterDocument document, Func<long> newStoryId)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(newStoryId);
        var article = Prepare(document);

        var duplicate = Index.FindDuplicate(article.Features.Fingerprint, article.Features.FingerprintWords);
        var scored = new List<(StoryState Story, double Probability)>();
        foreach (var story in Index.Candidates(article.Query, _options.MaxCandidates))
        {
            var signals = Signals(article, document, story);
            if (signals.GapDays > _options.ActiveWindow.TotalDays) continue;
            scored.Add((story, signals.Probability(_options.Decision)));
            if (Trace) Console.Error.WriteLine($"T\t{document.Id}\t{story.Members[0].Id}\t{signals.Probability(_options.Decision):F3}\t{signals.Cosine:F3}\t{signals.TitleCosine:F3}\t{signals.EntityOverlap:F3}\t{signals.GapDays:F1}\t{signals.SameSource}\t{story.Members.Count}");
        }
        scored.Sort(static (a, b) => b.Probability.CompareTo(a.Probability));

        StoryState target;
        var isNew = false;
        if (duplicate is not null) target = duplicate.Story;
        else if (scored.Count > 0 && scored[0].Probability >= _options.JoinProbability) target = scored[0].Story;
        else
        {
            target = Index.Open(newStoryId());
            isNew = true;
        }
        AddToStory(target, article, document);
        List<long> merged = [];
        if (!isNew) (target, merged) = MergeConverged(target, scored);
        Advance(document.Published);
        return new StoryAssignment
        {
            StoryId = target.Id,
            IsNewStory = isNew,
            MergedStoryIds = merged,
            DuplicateOf = duplicate?.Id,
        };
    }

    public void Restore(ClusterDocument document, long storyId)
    {
        ArgumentNullException.ThrowIfNull(document);
        var article = Prepare(document);
        var story = Index.Find(storyId) ?? Index.Open(storyId);
        AddToStory(story, article, document);
        Advance(document.Published);
    }

    private sealed record Prepared(ArticleFeatures Features, ArticleVector Vector, ArticleVector Title, ArticleVector Query);

    private Prepared Prepare(ClusterDocument document)
    {
        var features = FeatureExtractor.Extract(document, _options);
        if (!_primed.Remove(document.Id)) _statistics.Add(features.Counts.Keys);
        var weights = new List<KeyValuePair<string, double>>(features.Counts.Count);
        foreach (var (term, count) in features.Counts)
            weights.Add(new(term, (1 + Math.Log(count)) * _statistics.Idf(term)));
        var vector = ArticleVector.FromWeights(weights, _options.MaxArticleTerms);
        var title = ArticleVector.FromWeights([.. features.TitleTerms.Select(t => new KeyValuePair<string, double>(t, _statistics.Idf(t)))], _options.MaxArticleTerms);

        // Query and posting keys: the heaviest terms plus every name and number, so two reports of one event
        // meet through what is specific to it even when their wording differs.
        var query = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(_options.IndexedTermsPerArticle, vector.Keys.Length); i++) query[vector.Keys[i]] = vector.Weights[i];
        foreach (var entity in features.Entities) query.TryAdd(entity, _statistics.Idf(entity) * 0.1);
        return new Prepared(features, vector, title, new ArticleVector { Keys = [.. query.Keys], Weights = [.. query.Values] });
    }

    private PairSignals Signals(Prepared article, ClusterDocument document, StoryState story) => new(
        Cosine: story.NormSquared > 0 ? article.Vector.Dot(story.Centroid) / Math.Sqrt(story.NormSquared) : 0,
        TitleCosine: story.TitleNormSquared > 0 ? article.Title.Dot(story.TitleCentroid) / Math.Sqrt(story.TitleNormSquared) : 0,
        EntityOverlap: story.EntityContainment(article.Features.Entities, _statistics.Idf),
        GapDays: story.GapDays(document.Published, document.Published),
        SameSource: story.Sources.ContainsKey(document.Source),
        NumberConflict: story.ConflictsWith(article.Features.LeadNumbers));

    private void AddToStory(StoryState story, Prepared article, ClusterDocument document)
    {
        story.Add(article.Vector, article.Title, article.Features, document.Source, document.Published, _options.MaxStoryTerms);
        var member = new MemberRef
        {
            Id = document.Id,
            Fingerprint = article.Features.Fingerprint,
            FingerprintWords = article.Features.FingerprintWords,
            Story = story,
        };
        Index.Index(story, member, article.Query.Keys);
    }

    /// <summary>
    /// Stories the article also matched are merged into its story when the two stories, compared centroid to
    /// centroid, are one event; comparing whole stories (not the one bridging article) is what prevents chaining.
    /// </summary>
    private (StoryState Target, List<long> Merged) MergeConverged(StoryState target, List<(StoryState Story, double Probability)> scored)
    {
        var merged = new List<long>();
        foreach (var (other, probability) in scored)
        {
            if (other == target || !other.Alive || probability < _options.JoinProbability) continue;
            var signals = new PairSignals(
                Cosine: StoryState.Cosine(target.Centroid, target.NormSquared, other.Centroid, other.NormSquared),
                TitleCosine: StoryState.Cosine(target.TitleCentroid, target.TitleNormSquared, other.TitleCentroid, other.TitleNormSquared),
                EntityOverlap: target.EntityJaccard(other, _statistics.Idf),
                GapDays: target.GapDays(other.FirstSeen, other.LastSeen),
                SameSource: false,
                NumberConflict: target.ConflictsWith(other.LeadNumbers.Keys));
            if (signals.Probability(_options.Decision) < _options.MergeProbability) continue;
            // The older story keeps its id, so links to it stay valid.
            var (keep, absorb) = other.Id < target.Id ? (other, target) : (target, other);
            keep.Absorb(absorb, _options.MaxStoryTerms);
            Index.Merge(keep, absorb);
            merged.Add(absorb.Id);
            target = keep;
        }
        return (target, merged);
    }

    private void Advance(DateTimeOffset published)
    {
        if (published > _clock) _clock = published;
        if (_clock - DateTimeOffset.MinValue > _options.ActiveWindow) Index.EvictBefore(_clock - _options.ActiveWindow);
    }
}
