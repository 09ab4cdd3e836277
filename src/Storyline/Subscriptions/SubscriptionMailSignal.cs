namespace Storyline.Subscriptions;

/// <summary>Wakes the background sender early (a confirmation mail should not wait for the next interval).</summary>
public sealed class SubscriptionMailSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Raise()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already raised: one wake-up covers every sign-up since.
        }
    }

    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timer = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            await _signal.WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The interval passed without a signal: time for the regular run.
        }
    }

    public void Dispose() => _signal.Dispose();
}
