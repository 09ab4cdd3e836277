using System.Buffers;

namespace Storyline.Core.Extraction.Html;

/// <summary>
/// The nodes one scoring pass walked, in pre-order: an element's subtree is the run of entries from its
/// <see cref="NodeStats.Index"/> to its <see cref="NodeStats.End"/>, so children, containment and the
/// paragraph writer's walk are index arithmetic instead of DOM calls and look-ups.
/// </summary>
/// <remarks>
/// The entry array is rented from the shared pool and returned (cleared, so no DOM stays reachable) by
/// <see cref="Dispose"/>: a page has thousands of nodes, and a fresh array per page would be a large-object
/// allocation that grows by copying.
/// </remarks>
internal sealed class ScoredTree : IDisposable
{
    private const int InitialEntries = 4096;
    private TreeEntry[] _entries = ArrayPool<TreeEntry>.Shared.Rent(InitialEntries);
    private int _count;

    public ReadOnlySpan<TreeEntry> Entries => _entries.AsSpan(0, _count);

    public int Count => _count;

    public void Add(TreeEntry entry)
    {
        if (_count == _entries.Length)
        {
            var larger = ArrayPool<TreeEntry>.Shared.Rent(_entries.Length * 2);
            _entries.AsSpan(0, _count).CopyTo(larger);
            ArrayPool<TreeEntry>.Shared.Return(_entries, clearArray: true);
            _entries = larger;
        }
        _entries[_count++] = entry;
    }

    public void Dispose()
    {
        if (_entries.Length == 0) return;
        ArrayPool<TreeEntry>.Shared.Return(_entries, clearArray: true);
        _entries = [];
        _count = 0;
    }

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
        for (var i = 0; i < _count; i++)
        {
            if (_entries[i].Stats is not { } stats) continue;
            if (i < droppedUntil) stats.InsideDropped = true;
            if (stats.Dropped) droppedUntil = Math.Max(droppedUntil, stats.End);
        }
    }
}
