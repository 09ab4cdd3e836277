namespace Storyline.Core.Extraction.Html;

/// <summary>
/// The nodes one scoring pass walked, in pre-order: an element's subtree is the run of entries from its
/// <see cref="NodeStats.Index"/> to its <see cref="NodeStats.End"/>, so children, containment and the
/// paragraph writer's walk are index arithmetic instead of DOM calls and look-ups.
/// </summary>
internal sealed class ScoredTree
{
    private readonly List<TreeEntry> _entries = [];

    public IReadOnlyList<TreeEntry> Entries => _entries;

    public int Count => _entries.Count;

    public void Add(TreeEntry entry) => _entries.Add(entry);

    /// <summary>The position after the entry at <paramref name="index"/> and its subtree.</summary>
    public int EndOf(int index) => _entries[index].Stats is { } stats ? stats.End : index + 1;

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or one of its descendants.</summary>
    public static bool Contains(NodeStats outer, NodeStats inner) => inner.Index >= outer.Index && inner.Index < outer.End;

    /// <summary>The element children of <paramref name="parent"/>: kept ones with their stats, skipped ones as null.</summary>
    public IEnumerable<NodeStats?> ChildElements(NodeStats parent)
    {
        for (var i = parent.Index + 1; i < parent.End; i = EndOf(i))
            if (_entries[i].Text is null) yield return _entries[i].Stats;
    }

    /// <summary>How many element children <paramref name="parent"/> has, kept or skipped.</summary>
    public int ChildElementCount(NodeStats parent)
    {
        var count = 0;
        for (var i = parent.Index + 1; i < parent.End; i = EndOf(i))
            if (_entries[i].Text is null) count++;
        return count;
    }

    /// <summary>Marks every element below a dropped one, in one pass (subtrees nest, so one bound suffices).</summary>
    public void MarkInsideDropped()
    {
        var droppedUntil = 0;
        for (var i = 0; i < _entries.Count; i++)
        {
            if (_entries[i].Stats is not { } stats) continue;
            if (i < droppedUntil) stats.InsideDropped = true;
            if (stats.Dropped) droppedUntil = Math.Max(droppedUntil, stats.End);
        }
    }
}
