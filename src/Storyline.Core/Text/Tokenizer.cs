namespace Storyline.Core.Text;

/// <summary>Word tokens for matching (lower-cased, letters and digits, stop words dropped).</summary>
public static class Tokenizer
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "from", "by", "with", "as",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "this", "that", "these",
        "those", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "not", "no",
        "will", "would", "can", "could", "after", "before", "over", "into", "up", "out", "about", "than",
        "s", "says", "said", "new",
    };

    /// <summary>Lower-cased word tokens without stop words.</summary>
    public static IEnumerable<string> ContentWords(string text)
    {
        foreach (var word in Words(text))
            if (!StopWords.Contains(word)) yield return word;
    }

    /// <summary>Lower-cased runs of letters and digits.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWord && start < 0) start = i;
            else if (!isWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
