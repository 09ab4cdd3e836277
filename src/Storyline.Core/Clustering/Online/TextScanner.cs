namespace Storyline.Core.Clustering.Online;

/// <summary>
/// One pass over a text that yields content terms, entity-like keys (capitalised runs, numbers) and word
/// hashes for the fingerprint. Hand-written because the analysis stage's NER is far too slow for the
/// clustering budget (thousands of articles a second) and only cheap surface cues are needed here.
/// </summary>
internal static class TextScanner
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "from", "by", "with", "as",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "it", "its", "this", "that",
        "these", "those", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "not",
        "no", "will", "would", "can", "could", "after", "before", "over", "into", "up", "out", "about", "than",
        "s", "says", "said", "new", "who", "what", "when", "where", "which", "while", "him", "them", "there",
        "also", "if", "so", "do", "does", "did", "may", "might", "more", "most", "one", "all", "any", "some",
        "just", "now", "then", "here", "how", "why", "per", "via", "according", "told", "like", "get", "gets",
        "my", "me", "us", "am", "should", "only", "other", "off", "down", "because", "during", "since", "until",
        "t", "re", "ll", "ve", "d", "m", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "mr", "mrs", "ms", "dr", "rpt", "update", "updated", "video", "photos", "photo",
    };

    private const int MaxNameWords = 4;

    /// <summary>Sink for what the scanner finds.</summary>
    public sealed class Sink
    {
        public required Dictionary<string, double> Counts { get; init; }
        public HashSet<string>? Terms { get; init; }
        public HashSet<string>? Entities { get; init; }
        public List<ulong>? WordHashes { get; init; }
        public double Weight { get; init; } = 1.0;
        public double EntityWeight { get; init; } = 1.0;

        /// <summary>Capitalised runs give one key per word, never a phrase (Title Case: where a name ends is unknown).</summary>
        public bool SingleWords { get; init; }
    }

    /// <summary>True when most content words of a headline are capitalised, so capitals say nothing about names.</summary>
    public static bool IsTitleCase(string title)
    {
        int words = 0, capitals = 0;
        foreach (var (start, end) in Words(title))
        {
            if (end - start < 4) continue;
            words++;
            if (char.IsUpper(title[start])) capitals++;
        }
        return words >= 2 && capitals * 10 >= words * 7;
    }

    /// <summary>Scans <paramref name="text"/> into <paramref name="sink"/>.</summary>
    public static void Scan(string text, Sink sink)
    {
        var run = new List<string>(4);
        var sentenceStart = true;
        var runStartsSentence = false;
        var previousEnd = 0;
        foreach (var (start, end) in Words(text))
        {
            var gap = text.AsSpan(previousEnd, start - previousEnd);
            var breaksSentence = previousEnd == 0 || gap.IndexOfAny(".!?\n:;\"“”|") >= 0;
            var breaksRun = breaksSentence || gap.IndexOfAnyExcept(' ') >= 0;
            if (breaksSentence) sentenceStart = true;
            if (breaksRun) FlushRun(run, runStartsSentence, sink);
            previousEnd = end;

            var word = text.AsSpan(start, end - start);
            var lower = word.ToString().ToLowerInvariant();
            sink.WordHashes?.Add(Hash(lower));
            var first = word[0];
            if (char.IsDigit(first))
            {
                FlushRun(run, runStartsSentence, sink);
                if (word.Length >= 2 && !IsPhoneOrCode(text, start, end)) AddEntity("#" + lower, sink, isNumber: true);
            }
            else if (char.IsUpper(first) && sink.Entities is not null)
            {
                if (run.Count == 0) runStartsSentence = sentenceStart;
                run.Add(lower);
                AddTerm(lower, sink);
            }
            else
            {
                FlushRun(run, runStartsSentence, sink);
                AddTerm(lower, sink);
            }
            sentenceStart = false;
        }
        FlushRun(run, runStartsSentence, sink);
    }

    /// <summary>
    /// Parts of phone numbers ("(901) 528-CASH", "636-3600") and codes: the same tip-line number appears in every
    /// report from one city, so it would tie unrelated events together.
    /// </summary>
    internal static bool IsPhoneOrCode(string text, int start, int end)
    {
        var before = start > 0 ? text[start - 1] : ' ';
        var after = end < text.Length ? text[end] : ' ';
        if (before == '(' && after == ')') return true;
        if (after == '-' && end + 1 < text.Length && (char.IsDigit(text[end + 1]) || char.IsUpper(text[end + 1]))) return true;
        return before == '-' && start >= 2 && char.IsDigit(text[start - 2]);
    }

    private static void AddTerm(string lower, Sink sink)
    {
        if (lower.Length < 2 || StopWords.Contains(lower)) return;
        var term = Stem(lower);
        Add(sink.Counts, term, sink.Weight);
        sink.Terms?.Add(term);
    }

    private static void AddEntity(string key, Sink sink, bool isNumber)
    {
        if (isNumber)
        {
            Add(sink.Counts, key, sink.Weight);
            sink.Terms?.Add(key);
        }
        if (sink.Entities is null) return;
        if (sink.Entities.Add(key)) Add(sink.Counts, key, sink.EntityWeight);
    }

    private static void FlushRun(List<string> run, bool startsSentence, Sink sink)
    {
        if (run.Count == 0) return;
        var first = 0;
        var last = run.Count - 1;
        while (first <= last && StopWords.Contains(run[first])) first++;
        while (last >= first && StopWords.Contains(run[last])) last--;
        var length = last - first + 1;
        // A lone capitalised word opening a sentence is usually an ordinary word ("Police", "Officers");
        // it still counts when it is long and rare enough to be caught by IDF, so only short ones are dropped.
        if (length == 1 && startsSentence && run[first].Length < 5) length = 0;
        // Names are short; a longer capitalised run is a Title Case fragment, not a name.
        if (sink.SingleWords)
        {
            for (var i = first; i <= last; i++)
                if (run[i].Length >= 3 && !StopWords.Contains(run[i])) AddEntity("e:" + run[i], sink, isNumber: false);
        }
        else if (length is >= 1 and <= MaxNameWords && run[last].Length >= 2)
        {
            // A List is not an array: string.Join(char, List, int, int) would bind to the params object[] overload.
            AddEntity("e:" + (length == 1 ? run[first] : string.Join(' ', run.GetRange(first, length))), sink, isNumber: false);
            if (length >= 2) AddEntity("e:" + run[last], sink, isNumber: false);
        }
        run.Clear();
    }

    private static void Add(Dictionary<string, double> counts, string key, double weight)
    {
        counts.TryGetValue(key, out var value);
        counts[key] = value + weight;
    }

    /// <summary>Light plural folding ("shootings" → "shooting", "cities" → "city"); enough for matching.</summary>
    internal static string Stem(string word)
    {
        if (word.Length <= 3 || word[^1] != 's' || word[^2] == 's' || word[^2] == 'u' || word[^2] == 'i') return word;
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4) return string.Concat(word.AsSpan(0, word.Length - 3), "y");
        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal)
            || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal))
            return word[..^2];
        return word[..^1];
    }

    /// <summary>FNV-1a, 64 bits: stable across runs (string.GetHashCode is randomised per process).</summary>
    internal static ulong Hash(string value)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in value)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash;
    }

    /// <summary>
    /// The name keys of a name found elsewhere (the analysis stage), made as <see cref="Scan"/> makes them: its words
    /// lower-cased and joined by one space, stop words trimmed from either end, and the last word alone for a longer name.
    /// </summary>
    public static IEnumerable<string> NameKeys(string name)
    {
        var words = Words(name).Select(w => name[w.Start..w.End].ToLowerInvariant()).ToList();
        var first = 0;
        var last = words.Count - 1;
        while (first <= last && StopWords.Contains(words[first])) first++;
        while (last >= first && StopWords.Contains(words[last])) last--;
        var length = last - first + 1;
        if (length < 1 || length > MaxNameWords || words[last].Length < 2 || char.IsDigit(words[first][0])) yield break;
        yield return "e:" + string.Join(' ', words.GetRange(first, length));
        if (length >= 2) yield return "e:" + words[last];
    }

    private static IEnumerable<(int Start, int End)> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWord && start < 0) start = i;
            else if (!isWord && start >= 0)
            {
                yield return (start, i);
                start = -1;
            }
        }
    }
}
