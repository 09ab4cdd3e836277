using Storyline.Storage.Subscriptions;

namespace Storyline.Storage.Rows;

/// <summary>A <c>subscriptions</c> row as both stores read it (times in Unix milliseconds).</summary>
internal sealed class SubscriptionRow
{
    public long Id { get; init; }
    public long SubscriberId { get; init; }
    public string Follow { get; init; } = "";
    public string Frequency { get; init; } = "";
    public string Status { get; init; } = "";
    public long CreatedMs { get; init; }
    public long? ConfirmedMs { get; init; }
    public long? UnsubscribedMs { get; init; }
    public long? WatermarkMs { get; init; }
    public long? NextDueMs { get; init; }
    public long Replies { get; init; }

    /// <summary>The columns this row maps, for <c>SELECT … FROM subscriptions s</c>.</summary>
    public const string Columns = """
        s.id AS Id, s.subscriber_id AS SubscriberId, s.follow AS Follow, s.frequency AS Frequency, s.status AS Status,
        s.created_ms AS CreatedMs, s.confirmed_ms AS ConfirmedMs, s.unsubscribed_ms AS UnsubscribedMs,
        s.watermark_ms AS WatermarkMs, s.next_due_ms AS NextDueMs, s.replies AS Replies
        """;

    public SubscriptionRecord ToRecord() => new()
    {
        Id = Id, SubscriberId = SubscriberId, Follow = Follow, Frequency = Frequency, Status = Status, Replies = Replies != 0,
        Created = DateTimeOffset.FromUnixTimeMilliseconds(CreatedMs),
        Confirmed = ConfirmedMs is { } c ? DateTimeOffset.FromUnixTimeMilliseconds(c) : null,
        Unsubscribed = UnsubscribedMs is { } u ? DateTimeOffset.FromUnixTimeMilliseconds(u) : null,
        Watermark = WatermarkMs is { } w ? DateTimeOffset.FromUnixTimeMilliseconds(w) : null,
        NextDue = NextDueMs is { } n ? DateTimeOffset.FromUnixTimeMilliseconds(n) : null,
    };
}
