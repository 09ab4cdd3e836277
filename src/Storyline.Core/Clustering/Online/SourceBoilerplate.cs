namespace Storyline.Core.Clustering.Online;

/// <summary>
/// Paragraphs an outlet repeats across its articles ("Follow us on Facebook | Twitter", newsletter prompts, a
/// standing tip-line paragraph) are page furniture, not the event. Remembers a bounded number of recent
/// paragraph hashes per outlet and for a bounded number of outlets, and drops repeated paragraphs from a body.
/// </summary>
internal sealed class SourceBoilerplate(int paragraphsPerSource = 256, int maxSources = 50_000)
{
    private const int MinParagraphChars = 16;

    // Headline segments are remembered apart from body paragraphs, under the outlet's name plus this suffix.
    private const string TitleSuffix = "\u0001title";

    private static readonly string[] TitleSeparators = [" - ", " | ", " — ", " – ", " :: "];

    private sealed class Seen
    {
        public HashSet<ulong> Hashes { get; } = [];
        public Queue<ulong> Order { get; } = new();
    }

    private readonly Dictionary<string, Seen> _sources = new(StringComparer.Ordinal);
    private readonly Queue<string> _sourceOrder = new();

    /// <summary>The body without paragraphs this outlet has published before; remembers this body's paragraphs.</summary>
    public string Filter(string source, string body)
    {
        if (string.IsNullOrEmpty(source) || body.Length == 0) return body;
        var seen = SeenFor(source);
        var paragraphs = body.Split('\n');
        var kept = new List<string>(paragraphs.Length);
        var dropped = 0;
        foreach (var paragraph in paragraphs)
        {
            var trimmed = paragraph.Trim();
            if (trimmed.Length < MinParagraphChars)
            {
                kept.Add(paragraph);
                continue;
            }
            var hash = TextScanner.Hash(trimmed);
            if (seen.Hashes.Contains(hash))
            {
                dropped += paragraph.Length;
                continue;
            }
            kept.Add(paragraph);
            seen.Hashes.Add(hash);
            seen.Order.Enqueue(hash);
            if (seen.Order.Count > paragraphsPerSource) seen.Hashes.Remove(seen.Order.Dequeue());
        }
        // An outlet republishing most of an earlier text is a new edition of that article, not furniture: keep it
        // whole, so it is recognised as a copy.
        return dropped == 0 || dropped * 2 > body.Length ? body : string.Join('\n', kept);
    }

    /// <summary>
    /// The headline without the segments (between " - ", " | " …) this outlet has used in an earlier headline: the
    /// station's name and slogan repeated in every title ("… - WXYZ-TV: News, Weather &amp; Sports"), which would
    /// make two of its reports of different events look alike. A headline that is all repeats is kept whole.
    /// </summary>
    public string FilterTitle(string source, string title)
    {
        if (string.IsNullOrEmpty(source) || title.Length == 0) return title;
        var seen = SeenFor(source + TitleSuffix);
        var segments = title.Split(TitleSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2) return title;
        var kept = new List<string>(segments.Length);
        foreach (var segment in segments)
        {
            var hash = TextScanner.Hash(segment);
            if (!seen.Hashes.Contains(hash)) kept.Add(segment);
            else continue;
            seen.Hashes.Add(hash);
            seen.Order.Enqueue(hash);
            if (seen.Order.Count > paragraphsPerSource) seen.Hashes.Remove(seen.Order.Dequeue());
        }
        return kept.Count == 0 || kept.Count == segments.Length ? title : string.Join(" - ", kept);
    }

    private Seen SeenFor(string source)
    {
        if (_sources.TryGetValue(source, out var seen)) return seen;
        if (_sources.Count >= maxSources) _sources.Remove(_sourceOrder.Dequeue());
        _sources[source] = seen = new Seen();
        _sourceOrder.Enqueue(source);
        return seen;
    }
}
