using Storyline.Storage.Subscriptions;

namespace Storyline.Storage.Rows;

/// <summary>A <c>subscribers</c> row as both stores read it (times in Unix milliseconds).</summary>
internal sealed class SubscriberRow
{
    public long Id { get; init; }
    public string Email { get; init; } = "";
    public string Status { get; init; } = "";
    public long CreatedMs { get; init; }
    public long? ConfirmedMs { get; init; }
    public long? SuspendedMs { get; init; }
    public string? SuspendReason { get; init; }

    /// <summary>The columns in the order and names this row maps, for <c>SELECT … FROM subscribers</c>.</summary>
    public const string Columns = """
        id AS Id, email AS Email, status AS Status, created_ms AS CreatedMs, confirmed_ms AS ConfirmedMs,
        suspended_ms AS SuspendedMs, suspend_reason AS SuspendReason
        """;

    public SubscriberRecord ToRecord() => new()
    {
        Id = Id, Email = Email, Status = Status, Created = DateTimeOffset.FromUnixTimeMilliseconds(CreatedMs),
        Confirmed = ConfirmedMs is { } c ? DateTimeOffset.FromUnixTimeMilliseconds(c) : null,
        Suspended = SuspendedMs is { } s ? DateTimeOffset.FromUnixTimeMilliseconds(s) : null, SuspendReason = SuspendReason,
    };
}
