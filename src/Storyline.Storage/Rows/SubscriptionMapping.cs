using Storyline.Storage.Subscriptions;

namespace Storyline.Storage.Rows;

/// <summary>Turns the subscription and mail-outbox rows both stores select into their public records.</summary>
internal static class SubscriptionMapping
{
    /// <summary>Longest reason or error text kept; a server's answer can be long and says nothing more after this.</summary>
    public const int MaxMailErrorLength = 500;

    public static string TruncateMailError(string error) => error.Length > MaxMailErrorLength ? error[..MaxMailErrorLength] : error;

    public static ConsentEvent Consent((string Action, long AtMs, string NoticeVersion, string? SourcePage, long? SubscriptionId) c) => new()
    {
        Action = c.Action, At = FromMs(c.AtMs), NoticeVersion = c.NoticeVersion, SourcePage = c.SourcePage, SubscriptionId = c.SubscriptionId,
    };

    public static OutboxEntry Entry((string Kind, string Subject, string Status, long CreatedMs, long? SentMs, long Attempts) m) => new()
    {
        Kind = m.Kind, Subject = m.Subject, Status = m.Status, Created = FromMs(m.CreatedMs),
        Sent = m.SentMs is { } s ? FromMs(s) : null, Attempts = (int)m.Attempts,
    };

    public static OutboxMessage Message((long Id, string Key, long SubscriberId, string Email, string Kind, byte[] Mime, long Attempts) r) => new()
    {
        Id = r.Id, IdempotencyKey = r.Key, SubscriberId = r.SubscriberId, Recipient = r.Email, Kind = r.Kind, Mime = r.Mime,
        Attempts = (int)r.Attempts,
    };

    public static DigestItem Digest((long ArticleId, long StoryId, string StoryTitle, string Title, string Source, string? Url, long PublishedMs) r) => new()
    {
        ArticleId = r.ArticleId, StoryId = r.StoryId, StoryTitle = r.StoryTitle, Title = r.Title, Source = r.Source, Url = r.Url,
        Published = FromMs(r.PublishedMs),
    };

    public static ReplyItem Reply((long Id, long StoryId, string Author, string Text, long CreatedMs) r) => new()
    {
        CommentId = r.Id, StoryId = r.StoryId, Author = r.Author, Text = r.Text, Created = FromMs(r.CreatedMs),
    };

    /// <summary>Outbox totals from <c>SELECT status, COUNT(*) … GROUP BY status</c>; a status with no rows counts zero.</summary>
    public static OutboxCounts Counts(IEnumerable<(string Status, long Count)> rows)
    {
        var counts = rows.ToDictionary(r => r.Status, r => r.Count, StringComparer.Ordinal);
        long Get(string s) => counts.TryGetValue(s, out var n) ? n : 0;
        return new OutboxCounts(Get(SubscriptionStatus.Pending), Get(SubscriptionStatus.Sending), Get(SubscriptionStatus.Sent), Get(SubscriptionStatus.Failed));
    }

    private static DateTimeOffset FromMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
