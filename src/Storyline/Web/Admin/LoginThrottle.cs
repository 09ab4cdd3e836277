using System.Collections.Concurrent;

namespace Storyline.Web.Admin;

/// <summary>Locks a client out of the login form after repeated failures, for a while.</summary>
public sealed class LoginThrottle(TimeProvider time, Microsoft.Extensions.Options.IOptions<AdminOptions> options)
{
    /// <summary>Clients tracked before old entries are dropped (bounded memory under a spray of addresses).</summary>
    private const int MaxClients = 10_000;
    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset Until)> _clients = new(StringComparer.Ordinal);

    public bool IsLockedOut(string client) =>
        _clients.TryGetValue(client, out var s) && s.Failures >= options.Value.MaxFailures && s.Until > time.GetUtcNow();

    public void Fail(string client)
    {
        if (_clients.Count > MaxClients) _clients.Clear();
        var now = time.GetUtcNow();
        _clients.AddOrUpdate(client, _ => (1, now + options.Value.Lockout),
            (_, s) => (s.Until <= now ? 1 : s.Failures + 1, now + options.Value.Lockout));
    }

    public void Succeed(string client) => _clients.TryRemove(client, out _);
}
