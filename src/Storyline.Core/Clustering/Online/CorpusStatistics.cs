namespace Storyline.Core.Clustering.Online;

/// <summary>
/// Document frequencies maintained as articles arrive. The table is capped: when it outgrows
/// <see cref="OnlineStoryClustererOptions.MaxVocabulary"/>, terms seen in a single article are dropped, so
/// memory follows the vocabulary in use, not the archive.
/// </summary>
internal sealed class CorpusStatistics(int maxVocabulary)
{
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);

    public long Documents { get; private set; }

    public int Vocabulary => _documentFrequency.Count;

    public void Add(IEnumerable<string> terms)
    {
        Documents++;
        foreach (var term in terms)
        {
            _documentFrequency.TryGetValue(term, out var df);
            _documentFrequency[term] = df + 1;
        }
        if (_documentFrequency.Count > maxVocabulary) Prune();
    }

    /// <summary>Smoothed inverse document frequency; an unseen term counts as seen once.</summary>
    public double Idf(string term)
    {
        _documentFrequency.TryGetValue(term, out var df);
        return Math.Log((Documents + 1.0) / (Math.Max(df, 1) + 0.5));
    }

    private void Prune()
    {
        foreach (var (term, df) in _documentFrequency)
            if (df <= 1) _documentFrequency.Remove(term);
    }
}
