namespace Storyline.Web;

/// <summary>
/// The answer of <c>/healthz</c>, taken from the store at most once per <see cref="MaxAge"/>: a load balancer or a load
/// test probing hundreds of times a second must not cost the database a count query each time. Concurrent probes after
/// expiry share one query; a failed query is not kept, so the next probe asks the store again.
/// </summary>
public sealed class HealthProbe(Func<CancellationToken, Task<long>> countStories, TimeProvider time)
{
    /// <summary>How long one store answer stands for the site's health.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    private Entry? _entry;

    public Task<HealthJson> CheckAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var entry = Volatile.Read(ref _entry);
        if (entry is null || entry.Answer.IsFaulted || entry.Answer.IsCanceled || now - entry.Started >= MaxAge)
        {
            var answer = new TaskCompletionSource<HealthJson>(TaskCreationOptions.RunContinuationsAsynchronously);
            // Only the probe that installs its entry queries; the others await that same answer.
            if (ReferenceEquals(Interlocked.CompareExchange(ref _entry, new Entry(answer.Task, now), entry), entry)) _ = FillAsync(answer);
            entry = Volatile.Read(ref _entry)!;
        }
        return entry.Answer.WaitAsync(cancellationToken);
    }

    private async Task FillAsync(TaskCompletionSource<HealthJson> answer)
    {
        try
        {
            // Not the caller's token: other probes wait for this answer too; the caller stops waiting through WaitAsync.
            answer.SetResult(new HealthJson("ok", await countStories(CancellationToken.None)));
        }
#pragma warning disable CA1031 // any failure of the store is handed to every waiting probe, which rethrows it
        catch (Exception e)
#pragma warning restore CA1031
        {
            answer.SetException(e);
        }
    }

    private sealed record Entry(Task<HealthJson> Answer, DateTimeOffset Started);
}
