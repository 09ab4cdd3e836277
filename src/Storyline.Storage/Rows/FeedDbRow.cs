using Storyline.Storage.Model;

namespace Storyline.Storage.Rows;

/// <summary>One row of the feeds table as both stores select it; <see cref="FeedRow"/> is the public shape.</summary>
internal sealed class FeedDbRow
{
    public string Url { get; init; } = "";
    public long? NextCheckMs { get; init; }
    public string StateJson { get; init; } = "{}";

    /// <summary>The columns this row maps, for <c>SELECT … FROM feeds</c>.</summary>
    public const string Columns = "url AS Url, next_check_ms AS NextCheckMs, state_json AS StateJson";

    public FeedRow ToRow() => new(Url, NextCheckMs is { } n ? DateTimeOffset.FromUnixTimeMilliseconds(n) : null, StateJson);

    /// <summary>The <c>next_check_ms</c> value for <paramref name="feed"/>; null means "due now".</summary>
    public static long? NextCheckMsOf(FeedRow feed) => feed.NextCheck?.ToUnixTimeMilliseconds();
}
