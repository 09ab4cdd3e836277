using Storyline.Storage.Model;

namespace Storyline.Storage.Rows;

/// <summary>One row of the feeds table as both stores select it; <see cref="FeedRow"/> is the public shape.</summary>
internal sealed class FeedDbRow
{
    public string Url { get; init; } = "";
    public long? NextCheckMs { get; init; }
    public string StateJson { get; init; } = "{}";

    public FeedRow ToRow() => new(Url, NextCheckMs is { } n ? DateTimeOffset.FromUnixTimeMilliseconds(n) : null, StateJson);
}
