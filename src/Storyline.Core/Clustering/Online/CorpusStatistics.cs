namespace Storyline.Core.Clustering.Online;

/// <summary>
/// Document frequencies maintained as articles arrive. Terms are numbered here, so vectors, centroids and
/// postings hash integers instead of strings. It is capped: when it outgrows
/// <see cref="OnlineStoryClustererOptions.MaxVocabulary"/>, the rarest terms are dropped, so memory follows the
/// vocabulary in use, not the archive.
/// </summary>
internal sealed class CorpusStatistics(int maxVocabulary)
{
    private sealed class Term(int id)
    {
        public int Id { get; } = id;
        public int DocumentFrequency { get; set; }
    }

    private readonly Dictionary<string, Term> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Term> _byId = [];
    private int _nextId;

    public long Documents { get; private set; }

    public int Vocabulary => _terms.Count;

    /// <summary>Counts one document holding <paramref name="terms"/>.</summary>
    public void Add(IEnumerable<string> terms)
    {
        Documents++;
        foreach (var text in terms)
        {
            Get(text).DocumentFrequency++;
        }
        if (_terms.Count > maxVocabulary) Prune();
    }

    /// <summary>The number of <paramref name="text"/> and its smoothed IDF (an unseen term counts as seen once).</summary>
    public (int Id, double Idf) Lookup(string text)
    {
        var term = Get(text);
        return (term.Id, Smoothed(term.DocumentFrequency));
    }

    /// <summary>The IDF of a numbered term; one pruned since counts as rare.</summary>
    public double IdfOf(int id) => Smoothed(_byId.TryGetValue(id, out var term) ? term.DocumentFrequency : 1);

    /// <summary>Documents that held a numbered term; one pruned since counts as seen once.</summary>
    public int DocumentFrequencyOf(int id) => _byId.TryGetValue(id, out var term) ? term.DocumentFrequency : 1;

    private double Smoothed(int documentFrequency) => Math.Log((Documents + 1.0) / (Math.Max(documentFrequency, 1) + 0.5));

    private Term Get(string text)
    {
        if (_terms.TryGetValue(text, out var term)) return term;
        term = new Term(_nextId++);
        _terms[text] = term;
        _byId[term.Id] = term;
        return term;
    }

    /// <summary>Drops the rarest terms until the table is back to half its cap (amortised: runs rarely).</summary>
    private void Prune()
    {
        const int Buckets = 64;
        var histogram = new int[Buckets + 1];
        foreach (var term in _terms.Values) histogram[Math.Min(term.DocumentFrequency, Buckets)]++;
        var excess = _terms.Count - maxVocabulary / 2;
        var cutoff = 0;
        for (var removed = 0; cutoff < Buckets && removed < excess;) removed += histogram[++cutoff];
        // A term dropped here and seen again counts as rare, which is what it was.
        foreach (var (text, term) in _terms)
            if (term.DocumentFrequency <= cutoff)
            {
                _terms.Remove(text);
                _byId.Remove(term.Id);
            }
    }
}
