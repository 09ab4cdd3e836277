using Storyline.Core.Clustering;
using Storyline.Core.Text;

namespace Storyline.Bench.Clustering;

/// <summary>
/// The reference point of the dataset READMEs: single pass in date order, TF-IDF of title (x2) + first 3,000
/// characters of text with IDF over the whole set (transductive), cosine to each cluster centroid, join the best if
/// at least <c>threshold</c> and the cluster saw an article within <c>window</c>. A brute-force scan: bench only.
/// </summary>
internal sealed class CentroidBaseline(IReadOnlyList<ClusterDocument> corpus, double threshold, TimeSpan? window) : IStoryClusterer
{
    private readonly Dictionary<string, double> _idf = BuildIdf(corpus);
    private readonly List<(long Id, Dictionary<string, double> Sum, DateTimeOffset Last)> _clusters = [];

    public StoryAssignment Assign(ClusterDocument document, Func<long> newStoryId)
    {
        var vector = Vector(document);
        var best = -1;
        var bestScore = threshold;
        for (var c = 0; c < _clusters.Count; c++)
        {
            var (_, sum, last) = _clusters[c];
            if (window is { } w && document.Published - last > w) continue;
            double dot = 0, norm = 0;
            foreach (var v in sum.Values) norm += v * v;
            foreach (var (k, v) in vector)
                if (sum.TryGetValue(k, out var s)) dot += v * s;
            var cosine = norm > 0 ? dot / Math.Sqrt(norm) : 0;
            if (cosine >= bestScore)
            {
                bestScore = cosine;
                best = c;
            }
        }
        if (best < 0)
        {
            _clusters.Add((newStoryId(), new Dictionary<string, double>(vector, StringComparer.Ordinal), document.Published));
            return new StoryAssignment { StoryId = _clusters[^1].Id, IsNewStory = true };
        }
        var cluster = _clusters[best];
        foreach (var (k, v) in vector) cluster.Sum[k] = cluster.Sum.GetValueOrDefault(k) + v;
        _clusters[best] = cluster with { Last = document.Published > cluster.Last ? document.Published : cluster.Last };
        return new StoryAssignment { StoryId = cluster.Id, IsNewStory = false };
    }

    public void Restore(ClusterDocument document, long storyId) => throw new NotSupportedException();

    private Dictionary<string, double> Vector(ClusterDocument document)
    {
        var tf = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var w in Words(document)) tf[w] = tf.GetValueOrDefault(w) + 1;
        var vector = tf.ToDictionary(p => p.Key, p => p.Value * _idf.GetValueOrDefault(p.Key), StringComparer.Ordinal);
        var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
        return norm > 0 ? vector.ToDictionary(p => p.Key, p => p.Value / norm, StringComparer.Ordinal) : vector;
    }

    private static IEnumerable<string> Words(ClusterDocument document)
    {
        var title = Tokenizer.ContentWords(document.Title).ToList();
        var text = document.Text.Length > 3000 ? document.Text[..3000] : document.Text;
        return title.Concat(title).Concat(Tokenizer.ContentWords(text));
    }

    private static Dictionary<string, double> BuildIdf(IReadOnlyList<ClusterDocument> corpus)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in corpus)
            foreach (var w in Words(d).Distinct())
                df[w] = df.GetValueOrDefault(w) + 1;
        return df.ToDictionary(p => p.Key, p => Math.Log((double)corpus.Count / p.Value), StringComparer.Ordinal);
    }
}
