namespace Storyline.Core.Discussion.Import;

/// <summary>Orders comments so every parent comes before its replies; replies to unknown parents become top level.</summary>
public static class ThreadOrder
{
    public static IReadOnlyList<ImportedComment> ParentsFirst(IReadOnlyList<ImportedComment> comments)
    {
        var ids = comments.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var fixedUp = comments.Select(c => c.Parent is not null && (!ids.Contains(c.Parent) || c.Parent == c.Id) ? c with { Parent = null } : c).ToList();
        var children = fixedUp.Where(c => c.Parent is not null).ToLookup(c => c.Parent!, StringComparer.Ordinal);
        var result = new List<ImportedComment>(fixedUp.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<ImportedComment>(fixedUp.Where(c => c.Parent is null).OrderBy(c => c.Published).Reverse());
        while (stack.Count > 0)
        {
            var c = stack.Pop();
            if (!seen.Add(c.Id)) continue;
            result.Add(c);
            foreach (var child in children[c.Id].OrderBy(x => x.Published).Reverse()) stack.Push(child);
        }
        // Cycles (a→b→a) never reach a root: keep them as top-level comments rather than lose them.
        result.AddRange(fixedUp.Where(c => !seen.Contains(c.Id)).Select(c => c with { Parent = null }));
        return result;
    }
}
