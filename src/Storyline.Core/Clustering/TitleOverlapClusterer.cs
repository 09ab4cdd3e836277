using Storyline.Core.Text;

namespace Storyline.Core.Clustering;

/// <summary>
/// The first, simple grouping rule: an article joins the most recent story whose headline shares most of
/// its content words, within a few days. The real clusterer replaces it behind <see cref="IStoryClusterer"/>.
/// </summary>
public sealed class TitleOverlapClusterer : IStoryClusterer
{
    private static readonly TimeSpan Window = TimeSpan.FromDays(3);
    private const double Threshold = 0.5;
    private readonly List<(HashSet<string> Words, DateTimeOffset Published, long StoryId)> _recent = [];

    public StoryAssignment Assign(ClusterDocument document, Func<long> newStoryId)
    {
        var words = Words(document);
        long? best = null;
        var bestScore = Threshold;
        foreach (var (other, published, storyId) in _recent)
        {
            if ((document.Published - published).Duration() > Window) continue;
            var score = Overlap(words, other);
            if (score >= bestScore)
            {
                bestScore = score;
                best = storyId;
            }
        }
        var id = best ?? newStoryId();
        _recent.Add((words, document.Published, id));
        return new StoryAssignment { StoryId = id, IsNewStory = best is null };
    }

    public void Restore(ClusterDocument document, long storyId) => _recent.Add((Words(document), document.Published, storyId));

    private static HashSet<string> Words(ClusterDocument document) =>
        Tokenizer.ContentWords(document.Title).ToHashSet(StringComparer.Ordinal);

    private static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var shared = a.Count(b.Contains);
        return shared / (double)Math.Min(a.Count, b.Count);
    }
}
