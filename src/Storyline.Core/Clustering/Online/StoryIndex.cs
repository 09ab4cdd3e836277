namespace Storyline.Core.Clustering.Online;

/// <summary>
/// The stories active in the window, reachable only through an inverted index over their heaviest terms and
/// entity keys, and their articles through SimHash bands. Stories whose latest article left the window are
/// evicted, so memory and lookup cost follow the window, not the archive.
/// </summary>
internal sealed class StoryIndex(OnlineStoryClustererOptions options)
{
    // Four 16-bit bands: two fingerprints within 3 bits agree on at least one band (pigeonhole).
    private const int Bands = 4;

    private readonly Dictionary<int, HashSet<StoryState>> _postings = [];
    private readonly Dictionary<ushort, List<MemberRef>>[] _bands =
        [.. Enumerable.Range(0, Bands).Select(_ => new Dictionary<ushort, List<MemberRef>>())];
    private readonly Dictionary<long, StoryState> _stories = [];
    private readonly PriorityQueue<StoryState, DateTimeOffset> _expiry = new();

    public int ActiveStories => _stories.Count;

    public int ActiveArticles { get; private set; }

    public StoryState? Find(long id) => _stories.GetValueOrDefault(id);

    /// <summary>Every story opened, evicted or not, when set (offline batches only: it grows with the batch).</summary>
    public List<StoryState>? Opened { get; set; }

    public StoryState Open(long id)
    {
        var story = new StoryState(id);
        _stories[id] = story;
        Opened?.Add(story);
        return story;
    }

    /// <summary>Stories sharing the heaviest keys, best first by the shared weight.</summary>
    public List<StoryState> Candidates(ArticleVector queryKeys, int max)
    {
        var scores = new Dictionary<StoryState, double>();
        for (var i = 0; i < queryKeys.Keys.Length; i++)
        {
            if (!_postings.TryGetValue(queryKeys.Keys[i], out var posting) || posting.Count > options.MaxPostingScan) continue;
            foreach (var story in posting)
            {
                scores.TryGetValue(story, out var score);
                scores[story] = score + queryKeys.Weights[i];
            }
        }
        // Top-k selection with a bounded min-heap: a full sort of every story that shares a key would cost more than scoring.
        var best = new PriorityQueue<StoryState, (double, long)>(max + 1);
        foreach (var (story, score) in scores)
        {
            best.Enqueue(story, (score, -story.Id));
            if (best.Count > max) best.Dequeue();
        }
        var result = new List<StoryState>(best.Count);
        while (best.TryDequeue(out var story, out _)) result.Add(story);
        result.Reverse();
        return result;
    }

    /// <summary>An indexed article whose text is (nearly) the same, if any.</summary>
    public MemberRef? FindDuplicate(ulong fingerprint, int words)
    {
        if (words < 4) return null;
        MemberRef? best = null;
        for (var band = 0; band < Bands; band++)
        {
            if (!_bands[band].TryGetValue(BandKey(fingerprint, band), out var bucket)) continue;
            foreach (var member in bucket)
            {
                var limit = Math.Min(words, member.FingerprintWords) < options.DuplicateMinWords ? 0 : options.DuplicateMaxHamming;
                if (SimHash.Distance(fingerprint, member.Fingerprint) <= limit && best is null) best = member;
            }
        }
        return best;
    }

    /// <summary>Posts the story under <paramref name="keys"/> and the article under its fingerprint bands.</summary>
    public void Index(StoryState story, MemberRef member, IEnumerable<int> keys)
    {
        foreach (var key in keys)
            if (story.IndexedKeys.Add(key)) Posting(key).Add(story);
        story.Members.Add(member);
        ActiveArticles++;
        if (member.FingerprintWords >= 4)
            for (var band = 0; band < Bands; band++)
            {
                var bandKey = BandKey(member.Fingerprint, band);
                if (!_bands[band].TryGetValue(bandKey, out var bucket)) _bands[band][bandKey] = bucket = [];
                bucket.Add(member);
            }
        _expiry.Enqueue(story, story.LastSeen);
    }

    /// <summary>Moves the postings of <paramref name="absorbed"/> (already folded into <paramref name="into"/>) to it.</summary>
    public void Merge(StoryState into, StoryState absorbed)
    {
        foreach (var key in absorbed.IndexedKeys)
        {
            var posting = Posting(key);
            posting.Remove(absorbed);
            if (into.IndexedKeys.Add(key)) posting.Add(into);
        }
        absorbed.Alive = false;
        absorbed.Absorbed = true;
        _stories.Remove(absorbed.Id);
        _expiry.Enqueue(into, into.LastSeen);
    }

    /// <summary>Evicts every story whose latest article is older than <paramref name="horizon"/>.</summary>
    public void EvictBefore(DateTimeOffset horizon)
    {
        while (_expiry.TryPeek(out var story, out var lastSeen) && lastSeen < horizon)
        {
            _expiry.Dequeue();
            // Queue entries are not updated when a story grows; a stale entry of a live story is re-queued.
            if (!story.Alive || !_stories.ContainsKey(story.Id)) continue;
            if (story.LastSeen >= horizon)
            {
                _expiry.Enqueue(story, story.LastSeen);
                continue;
            }
            Evict(story);
        }
    }

    private void Evict(StoryState story)
    {
        foreach (var key in story.IndexedKeys)
        {
            var posting = _postings[key];
            posting.Remove(story);
            if (posting.Count == 0) _postings.Remove(key);
        }
        foreach (var member in story.Members)
        {
            ActiveArticles--;
            if (member.FingerprintWords < 4) continue;
            for (var band = 0; band < Bands; band++)
            {
                var bandKey = BandKey(member.Fingerprint, band);
                var bucket = _bands[band][bandKey];
                bucket.Remove(member);
                if (bucket.Count == 0) _bands[band].Remove(bandKey);
            }
        }
        story.Alive = false;
        _stories.Remove(story.Id);
    }

    private HashSet<StoryState> Posting(int key)
    {
        if (!_postings.TryGetValue(key, out var posting)) _postings[key] = posting = [];
        return posting;
    }

    private static ushort BandKey(ulong fingerprint, int band) => (ushort)(fingerprint >> (16 * band));
}
