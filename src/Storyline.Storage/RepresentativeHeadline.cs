using Storyline.Core.Text;

namespace Storyline.Storage;

/// <summary>
/// The story's headline: the article title closest to the story's word centroid (the most central one), the earliest
/// on ties, so one outlet's odd wording does not speak for the story.
/// </summary>
/// <remarks>
/// Linear in the number of titles: each title scores the cosine between its word set and the word counts of all the
/// other titles. A pairwise comparison (quadratic per refresh, cubic over a story's life) made ingest crawl once a
/// story held a few hundred articles.
/// </remarks>
public static class RepresentativeHeadline
{
    /// <summary>How many of a story's latest titles the stores offer (a bounded read however big the story grows).</summary>
    public const int Candidates = 200;

    /// <summary>Chooses among <paramref name="titles"/>, given oldest first.</summary>
    public static string Choose(IReadOnlyList<string> titles)
    {
        ArgumentNullException.ThrowIfNull(titles);
        if (titles.Count == 0) throw new ArgumentException("a story has at least one title", nameof(titles));
        if (titles.Count <= 2) return titles[0];
        var words = new HashSet<string>[titles.Count];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < titles.Count; i++)
        {
            words[i] = Tokenizer.ContentWords(titles[i]).ToHashSet(StringComparer.Ordinal);
            foreach (var word in words[i]) counts[word] = counts.GetValueOrDefault(word) + 1;
        }
        var best = 0;
        var bestScore = double.MinValue;
        for (var i = 0; i < titles.Count; i++)
        {
            if (words[i].Count == 0) continue;
            // Leave the title itself out of the centroid: a word only this title uses adds nothing.
            double shared = 0;
            foreach (var word in words[i]) shared += counts[word] - 1;
            var score = shared / Math.Sqrt(words[i].Count);
            if (score > bestScore + 1e-9)
            {
                bestScore = score;
                best = i;
            }
        }
        return titles[best];
    }
}
