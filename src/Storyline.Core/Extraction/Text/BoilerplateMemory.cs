using System.Collections.Concurrent;
using Storyline.Core.Text;

namespace Storyline.Core.Extraction.Text;

/// <summary>
/// Remembers lines seen across the pages of one run (or one server's life): a line that recurs on several pages
/// about different stories (different headlines) is a site's boilerplate, whatever its wording. Pages about the
/// same story (syndicated copies keep the headline) do not count against each other, so shared story text is safe.
/// </summary>
public sealed class BoilerplateMemory
{
    /// <summary>Distinct headlines a line must appear under before it counts as boilerplate.</summary>
    public int Threshold { get; init; } = 3;

    /// <summary>Most lines remembered; the memory stops learning beyond this (bounded, never grows with the archive).</summary>
    public int Capacity { get; init; } = 200_000;

    private readonly ConcurrentDictionary<string, HeadlineSet> _lines = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="line"/> has appeared under enough different headlines.</summary>
    public bool IsRepeated(string line) =>
        Key(line) is { } key && _lines.TryGetValue(key, out var set) && set.Count >= Threshold;

    /// <summary>Records the lines of one page published under <paramref name="headline"/>.</summary>
    public void Learn(string headline, IEnumerable<string> lines)
    {
        var title = Whitespace.Collapse(headline).ToLowerInvariant().GetHashCode(StringComparison.Ordinal);
        foreach (var line in lines)
        {
            if (Key(line) is not { } key) continue;
            if (!_lines.TryGetValue(key, out var set))
            {
                if (_lines.Count >= Capacity) continue;
                set = _lines.GetOrAdd(key, _ => new HeadlineSet());
            }
            set.Add(title, Threshold);
        }
    }

    private static string? Key(string line)
    {
        var collapsed = Whitespace.Collapse(line);
        return collapsed.Length is < 12 or > 600 ? null : collapsed.ToLowerInvariant();
    }

    private sealed class HeadlineSet
    {
        private readonly HashSet<int> _titles = [];

        public int Count
        {
            get { lock (_titles) return _titles.Count; }
        }

        public void Add(int title, int threshold)
        {
            lock (_titles)
                if (_titles.Count < threshold) _titles.Add(title);
        }
    }
}
