namespace Storyline.Core.Clustering.Online;

/// <summary>
/// Paragraphs filled in from a template ("{Name} said: the {topic} in {Place} affects {n} districts …", "{Place}
/// mayor faces questions over {topic} [REPORT]", a comment widget's "1. Comment 3 on …") look alike across unrelated
/// articles and outlets, so they tie unrelated events together. A paragraph's shape is its lower-case words with every
/// capitalised word and number masked; a shape seen with several different fillings is a template, and its
/// paragraphs are dropped. The same text seen again (a syndicated copy, a quoted statement) is one filling, so copies
/// are untouched. Bounded: a fixed number of shapes is remembered, oldest forgotten first.
/// </summary>
internal sealed class TemplateParagraphs(int distinctFillings = 3, int maxShapes = 200_000)
{
    private const int MinParagraphChars = 16;

    // A shape with fewer lower-case words than this says too little to be a template ("X X, #" is a name and an age).
    private const int MinShapeWords = 3;

    private readonly Dictionary<ulong, ulong[]> _fillings = [];
    private readonly Queue<ulong> _order = new();

    /// <summary>Remembers the paragraphs of <paramref name="body"/> without filtering (a batch known in advance).</summary>
    public void Observe(string body, int maxChars)
    {
        var read = 0;
        foreach (var paragraph in body.Split('\n'))
        {
            if (read > maxChars) break;
            read += paragraph.Length;
            if (Shape(paragraph, out var shape, out var text)) Record(shape, text);
        }
    }

    /// <summary>
    /// The body without templated paragraphs, read until <paramref name="maxChars"/> characters are kept (the rest is
    /// not read by the clusterer anyway); remembers what it reads.
    /// </summary>
    public string Filter(string body, int maxChars, bool record = true)
    {
        if (body.Length == 0) return body;
        var paragraphs = body.Split('\n');
        var kept = new List<string>(paragraphs.Length);
        var keptChars = 0;
        var dropped = false;
        foreach (var paragraph in paragraphs)
        {
            if (keptChars > maxChars)
            {
                kept.Add(paragraph);
                continue;
            }
            if (Shape(paragraph, out var shape, out var text))
            {
                var templated = record ? Record(shape, text) : IsTemplate(shape);
                if (templated)
                {
                    dropped = true;
                    continue;
                }
            }
            kept.Add(paragraph);
            keptChars += paragraph.Length + 1;
        }
        return dropped ? string.Join('\n', kept) : body;
    }

    private bool IsTemplate(ulong shape) => _fillings.TryGetValue(shape, out var seen) && seen.Length >= distinctFillings;

    /// <summary>Counts one filling of <paramref name="shape"/>; true when the shape has had enough different fillings.</summary>
    private bool Record(ulong shape, ulong text)
    {
        if (!_fillings.TryGetValue(shape, out var seen))
        {
            if (_fillings.Count >= maxShapes) _fillings.Remove(_order.Dequeue());
            _fillings[shape] = [text];
            _order.Enqueue(shape);
            return false;
        }
        if (seen.Length >= distinctFillings) return true;
        if (Array.IndexOf(seen, text) >= 0) return false;
        _fillings[shape] = seen = [.. seen, text];
        return seen.Length >= distinctFillings;
    }

    /// <summary>Hashes of the paragraph's shape and of its text; false when it is too short to judge.</summary>
    private static bool Shape(string paragraph, out ulong shape, out ulong text)
    {
        shape = 14695981039346656037UL;
        text = 14695981039346656037UL;
        var words = 0;
        var length = 0;
        var i = 0;
        while (i < paragraph.Length)
        {
            var c = paragraph[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (!char.IsWhiteSpace(c)) text = Mix(text, c);
                i++;
                continue;
            }
            var start = i;
            while (i < paragraph.Length && char.IsLetterOrDigit(paragraph[i])) i++;
            length += i - start;
            var masked = char.IsUpper(c) || char.IsDigit(c);
            if (!masked) words++;
            shape = Mix(shape, masked ? '\u0001' : ' ');
            for (var k = start; k < i; k++)
            {
                text = Mix(text, paragraph[k]);
                if (!masked) shape = Mix(shape, paragraph[k]);
            }
            text = Mix(text, ' ');
        }
        return length >= MinParagraphChars && words >= MinShapeWords;
    }

    private static ulong Mix(ulong hash, char c) => (hash ^ c) * 1099511628211UL;
}
