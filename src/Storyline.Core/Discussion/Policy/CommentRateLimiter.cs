namespace Storyline.Core.Discussion.Policy;

/// <summary>
/// In-memory sliding-window counts per client and per author, to fill <see cref="CommentContext.RecentFromClient"/>
/// and <see cref="CommentContext.RecentFromAuthor"/> on a single host. Thread-safe; memory bounded by <see cref="MaxTrackedKeys"/>.
/// </summary>
public sealed class CommentRateLimiter(TimeSpan window, TimeProvider timeProvider)
{
    /// <summary>Distinct clients and authors remembered; the oldest are forgotten beyond it.</summary>
    public const int MaxTrackedKeys = 100_000;

    /// <summary>Timestamps kept per key; counts saturate there, which is far above any sensible limit.</summary>
    public const int MaxEventsPerKey = 1_000;

    private readonly Dictionary<string, Queue<DateTimeOffset>> events = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>How many comments <paramref name="key"/> sent within the window before now, then records this one.</summary>
    public int CountAndRecord(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = timeProvider.GetUtcNow();
        lock (gate)
        {
            if (!events.TryGetValue(key, out var queue))
            {
                if (events.Count >= MaxTrackedKeys) Prune(now);
                queue = new Queue<DateTimeOffset>();
                events[key] = queue;
            }
            while (queue.Count > 0 && now - queue.Peek() >= window) queue.Dequeue();
            var count = queue.Count;
            if (queue.Count < MaxEventsPerKey) queue.Enqueue(now);
            return count;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, queue) in events.ToList())
        {
            if (queue.Count == 0 || now - queue.Last() >= window) events.Remove(key);
        }
        // Everyone is still active: forget an arbitrary half rather than grow without bound.
        if (events.Count >= MaxTrackedKeys)
        {
            foreach (var key in events.Keys.Take(events.Count / 2).ToList()) events.Remove(key);
        }
    }
}
