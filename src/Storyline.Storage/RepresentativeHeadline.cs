using Storyline.Core.Text;

namespace Storyline.Storage;

/// <summary>
/// The story's headline: the article title that shares the most words with the others (the most central one),
/// the earliest on ties, so one outlet's odd wording does not speak for the story.
/// </summary>
public static class RepresentativeHeadline
{
    /// <summary>Chooses among <paramref name="titles"/>, given oldest first.</summary>
    public static string Choose(IReadOnlyList<string> titles)
    {
        if (titles.Count <= 2) return titles[0];
        var words = titles.Select(t => Tokenizer.ContentWords(t).ToHashSet(StringComparer.Ordinal)).ToList();
        var best = 0;
        var bestScore = double.MinValue;
        for (var i = 0; i < titles.Count; i++)
        {
            double score = 0;
            for (var j = 0; j < titles.Count; j++)
            {
                if (i == j) continue;
                var union = words[i].Count + words[j].Count - words[i].Count(words[j].Contains);
                score += union == 0 ? 0 : words[i].Count(words[j].Contains) / (double)union;
            }
            if (score > bestScore + 1e-9)
            {
                bestScore = score;
                best = i;
            }
        }
        return titles[best];
    }
}
