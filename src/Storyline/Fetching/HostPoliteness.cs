using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Storyline.Fetching;

/// <summary>
/// Per-host politeness: one request at a time per host, and a quiet gap with random jitter between
/// the end of one request and the start of the next.
/// </summary>
public sealed class HostPoliteness(IOptionsMonitor<FetchOptions> options, TimeProvider time, Random? random = null)
{
    private readonly ConcurrentDictionary<string, HostSlot> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Random _random = random ?? Random.Shared;

    /// <summary>Hosts with a slot (for tests and health pages).</summary>
    public int HostCount => _hosts.Count;

    /// <summary>Waits for the host's turn; dispose the lease when the request (body included) is done.</summary>
    public async Task<IAsyncDisposable> AcquireAsync(Uri url, CancellationToken cancellationToken)
    {
        var slot = _hosts.GetOrAdd(url.IdnHost, _ => new HostSlot());
        await slot.Gate.WaitAsync(cancellationToken);
        try
        {
            var wait = slot.NextAllowed - time.GetUtcNow();
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time, cancellationToken);
        }
        catch
        {
            slot.Gate.Release();
            throw;
        }
        return new Lease(this, slot);
    }

    private void Release(HostSlot slot)
    {
        var o = options.CurrentValue;
        double jitter;
        lock (_random) jitter = _random.NextDouble();
        slot.NextAllowed = time.GetUtcNow() + o.MinHostDelay + o.MaxHostJitter * jitter;
        slot.Gate.Release();
    }

    private sealed class HostSlot
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public DateTimeOffset NextAllowed { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Lease(HostPoliteness owner, HostSlot slot) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) owner.Release(slot);
            return ValueTask.CompletedTask;
        }
    }
}
