namespace Storyline.Storage.Subscriptions;

/// <summary>A consent record: what happened (requested, confirmed, unsubscribed, changed), when, under which notice, from which page.</summary>
public sealed record ConsentEvent
{
    public required string Action { get; init; }
    public required DateTimeOffset At { get; init; }

    /// <summary>The version of the exact notice text the reader saw.</summary>
    public required string NoticeVersion { get; init; }

    /// <summary>The page the form was on (a path, never a query string), or the mail the link came from.</summary>
    public string? SourcePage { get; init; }

    public long? SubscriptionId { get; init; }
}
