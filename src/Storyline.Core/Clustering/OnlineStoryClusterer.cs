using Storyline.Core.Clustering.Online;

namespace Storyline.Core.Clustering;

/// <summary>
/// Online story clustering. Each article, in arrival order, is compared with the few stories an inverted index
/// over terms and names returns from the active window (never with all stories): TF-IDF cosine of headline and
/// lead against the story centroid, the share of its names and numbers the story has, the time gap, and
/// whether its outlet already covered the story. A logistic decision over those signals joins the best story or
/// opens a new one; syndicated copies (SimHash within a few bits) join their original's story and are marked.
/// When an article matches two stories that have converged, they merge. Calls are serialised by a lock: the
/// result depends on arrival order, so concurrent callers should still decide that order themselves.
/// </summary>
public sealed class OnlineStoryClusterer : IStoryClusterer
{
    private readonly OnlineStoryClustererOptions _options;
    private readonly CorpusStatistics _statistics;
    private readonly StoryIndex _index;
    private readonly SourceBoilerplate _boilerplate = new();
    private readonly TemplateParagraphs? _templates;
    private readonly HashSet<string> _primed = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private DateTimeOffset _clock = DateTimeOffset.MinValue;

    public OnlineStoryClusterer(OnlineStoryClustererOptions? options = null)
    {
        _options = options ?? new();
        _statistics = new CorpusStatistics(_options.MaxVocabulary);
        _index = new StoryIndex(_options);
        _templates = _options.TemplateFillings > 0 ? new TemplateParagraphs(_options.TemplateFillings, _options.MaxTemplateShapes) : null;
    }

    /// <summary>Stories currently in the window.</summary>
    public int ActiveStories => _index.ActiveStories;

    /// <summary>Articles currently in the window.</summary>
    public int ActiveArticles => _index.ActiveArticles;

    /// <summary>Distinct terms in the document-frequency table.</summary>
    public int Vocabulary => _statistics.Vocabulary;

    /// <summary>
    /// Counts a batch into the document frequencies before it is assigned (offline mode: the whole batch is known,
    /// so its IDF is too). A live pipeline gets the same from its history through <see cref="Restore"/>.
    /// </summary>
    public void PrimeStatistics(IEnumerable<ClusterDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        lock (_gate)
        {
            // Templates first, so that the frequencies are counted over the text that will be matched.
            var batch = documents as IReadOnlyCollection<ClusterDocument> ?? [.. documents];
            foreach (var document in batch) _templates?.Observe(document.Text, 2 * _options.MaxBodyChars);
            foreach (var document in batch)
            {
                _statistics.Add(FeatureExtractor.Extract(document, _options, templates: _templates, recordTemplates: false).Counts.Keys);
                _primed.Add(document.Id);
            }
        }
    }

    /// <summary>
    /// Offline batches: keeps every story opened from now on, evicted or not, for <see cref="RefineBatch"/>. Memory then
    /// grows with the batch, which is why the live pipeline never calls it.
    /// </summary>
    public void KeepStoriesForRefinement()
    {
        lock (_gate) _index.Opened ??= [];
    }

    /// <summary>
    /// Offline batches, after the last article: merges stories that, compared as wholes, are one event (a follow-up
    /// that opened its own story, two halves of an event split by arrival order). Returns (absorbed, kept) story ids.
    /// It ends the batch: the clusterer's window is not updated for the merges.
    /// </summary>
    public IReadOnlyList<(long Absorbed, long Into)> RefineBatch()
    {
        lock (_gate)
        {
            if (_index.Opened is not { } opened) return [];
            var stories = opened.Where(static s => !s.Absorbed).ToList();
            return new BatchRefiner(_options, _statistics.IdfOf, _statistics.DocumentFrequencyOf).Refine(stories);
        }
    }

    public StoryAssignment Assign(ClusterDocument document, Func<long> newStoryId)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(newStoryId);
        lock (_gate) return AssignCore(document, newStoryId);
    }

    public void Restore(ClusterDocument document, long storyId)
    {
        ArgumentNullException.ThrowIfNull(document);
        lock (_gate)
        {
            var article = Prepare(document);
            AddToStory(_index.Find(storyId) ?? _index.Open(storyId), article, document);
            Advance(document.Published);
        }
    }

    private StoryAssignment AssignCore(ClusterDocument document, Func<long> newStoryId)
    {
        var article = Prepare(document);

        var duplicate = _index.FindDuplicate(article.Features.Fingerprint, article.Features.FingerprintWords);
        var scored = new List<(StoryState Story, double Probability)>();
        foreach (var story in _index.Candidates(article.Query, _options.MaxCandidates))
        {
            var signals = Signals(article, document, story);
            if (signals.GapDays > _options.ActiveWindow.TotalDays) continue;
            scored.Add((story, signals.Probability(_options.Decision)));
        }
        scored.Sort(static (a, b) => b.Probability.CompareTo(a.Probability));

        StoryState target;
        var isNew = false;
        if (duplicate is not null) target = duplicate.Story;
        else if (scored.Count > 0 && scored[0].Probability >= _options.JoinProbability) target = scored[0].Story;
        else
        {
            target = _index.Open(newStoryId());
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

    private sealed record Prepared(
        ArticleFeatures Features, ArticleVector Vector, ArticleVector Title, ArticleVector Query, int[] Entities, double[] EntityIdf, int[] FullNames,
        int[] HeadlineNames);

    private Prepared Prepare(ClusterDocument document)
    {
        var features = FeatureExtractor.Extract(document, _options, _boilerplate, _templates);
        if (!_primed.Remove(document.Id)) _statistics.Add(features.Counts.Keys);
        var weights = new List<KeyValuePair<int, double>>(features.Counts.Count);
        foreach (var (term, count) in features.Counts)
        {
            var (id, idf) = _statistics.Lookup(term);
            weights.Add(new(id, (1 + Math.Log(count)) * idf));
        }
        var vector = ArticleVector.FromWeights(weights, _options.MaxArticleTerms);
        var titleWeights = new List<KeyValuePair<int, double>>(features.TitleTerms.Count);
        foreach (var term in features.TitleTerms)
        {
            var (id, idf) = _statistics.Lookup(term);
            titleWeights.Add(new(id, idf));
        }
        var title = ArticleVector.FromWeights(titleWeights, _options.MaxArticleTerms);
        var entities = new int[features.Entities.Count];
        var entityIdf = new double[entities.Length];
        var e = 0;
        var fullNames = new List<int>();
        foreach (var entity in features.Entities)
        {
            (entities[e], entityIdf[e]) = _statistics.Lookup(entity);
            if (entity.StartsWith("e:", StringComparison.Ordinal) && entity.Contains(' ', StringComparison.Ordinal)) fullNames.Add(entities[e]);
            e++;
        }

        // Query and posting keys: the heaviest terms plus the rarest names and numbers, so two reports of one event
        // meet through what is specific to it even when their wording differs.
        var query = new Dictionary<int, double>();
        for (var i = 0; i < Math.Min(_options.IndexedTermsPerArticle, vector.Keys.Length); i++) query[vector.Keys[i]] = vector.Weights[i];
        var rarest = Enumerable.Range(0, entities.Length).OrderByDescending(i => entityIdf[i]).ThenBy(i => entities[i]);
        foreach (var i in rarest.Take(_options.IndexedEntitiesPerArticle)) query.TryAdd(entities[i], entityIdf[i] * 0.1);
        int[] headlineNames = [.. features.HeadlineNames.Select(n => _statistics.Lookup(n).Id)];
        return new Prepared(features, vector, title, new ArticleVector { Keys = [.. query.Keys], Weights = [.. query.Values] }, entities, entityIdf, [.. fullNames],
            headlineNames);
    }

    private PairSignals Signals(Prepared article, ClusterDocument document, StoryState story) => new(
        Cosine: story.NormSquared > 0 ? article.Vector.Dot(story.Centroid) / Math.Sqrt(story.NormSquared) : 0,
        TitleCosine: story.TitleNormSquared > 0 ? article.Title.Dot(story.TitleCentroid) / Math.Sqrt(story.TitleNormSquared) : 0,
        EntityOverlap: story.EntityContainment(article.Entities, article.EntityIdf, _options.StoryCoreShare),
        GapDays: story.GapDays(document.Published, document.Published),
        SameSource: story.Sources.ContainsKey(document.Source),
        NumberConflict: story.ContradictedBy(article.Features.LeadNumbers, _options.StoryCoreShare),
        DayConflict: EventDays.Conflict(article.Features.EventDays, story.EventDays),
        DateReference: CalendarDates.Refers(article.Features.NamedDates, story.EventDays, CalendarDates.DayOf(story.FirstSeen))
            || CalendarDates.Refers(story.NamedDates, article.Features.EventDays, CalendarDates.DayOf(document.Published)));

    private void AddToStory(StoryState story, Prepared article, ClusterDocument document)
    {
        story.Add(article.Vector, article.Title, article.Features, article.Entities, document.Source, document.Published, _options.MaxStoryTerms, article.FullNames,
            article.HeadlineNames);
        var member = new MemberRef
        {
            Id = document.Id,
            Fingerprint = article.Features.Fingerprint,
            FingerprintWords = article.Features.FingerprintWords,
            Story = story,
        };
        _index.Index(story, member, article.Query.Keys);
    }

    /// <summary>
    /// Stories the article also matched are merged into its story when the two stories, compared centroid to
    /// centroid, are one event; comparing whole stories (not the one bridging article) is what prevents chaining.
    /// Two stories whose cores disagree (headline names, lead numbers) never merge: centroids of large stories that
    /// share a topic grow alike, their cores do not.
    /// </summary>
    private (StoryState Target, List<long> Merged) MergeConverged(StoryState target, List<(StoryState Story, double Probability)> scored)
    {
        var merged = new List<long>();
        foreach (var (other, probability) in scored)
        {
            if (other == target || !other.Alive || probability < _options.MergeCandidateProbability) continue;
            if (target.CoresDisagree(other, _options.StoryCoreShare, _options.NumberDisagreementWindow.TotalDays)) continue;
            var signals = new PairSignals(
                Cosine: StoryState.Cosine(target.Centroid, target.NormSquared, other.Centroid, other.NormSquared),
                TitleCosine: StoryState.Cosine(target.TitleCentroid, target.TitleNormSquared, other.TitleCentroid, other.TitleNormSquared),
                EntityOverlap: target.EntityJaccard(other, _statistics.IdfOf),
                GapDays: target.GapDays(other.FirstSeen, other.LastSeen),
                SameSource: false,
                NumberConflict: target.ConflictsWith(other.CoreLeadNumbers(_options.StoryCoreShare), _options.StoryCoreShare),
                DayConflict: EventDays.Conflict(target.EventDays, other.EventDays),
                DateReference: target.DateReferenced(other));
            if (signals.Probability(_options.Decision) < _options.MergeProbability) continue;
            // The older story keeps its id, so links to it stay valid.
            var (keep, absorb) = other.Id < target.Id ? (other, target) : (target, other);
            keep.Absorb(absorb, _options.MaxStoryTerms);
            _index.Merge(keep, absorb);
            merged.Add(absorb.Id);
            target = keep;
        }
        return (target, merged);
    }

    private void Advance(DateTimeOffset published)
    {
        if (published > _clock) _clock = published;
        if (_clock - DateTimeOffset.MinValue > _options.ActiveWindow) _index.EvictBefore(_clock - _options.ActiveWindow);
    }
}
