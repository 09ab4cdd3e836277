namespace Storyline.Storage.Model;

/// <summary>A feed subscription as stored: its URL (the key), when it is due, and its fetch state serialised by the host.</summary>
public sealed record FeedRow(string Url, DateTimeOffset? NextCheck, string StateJson);
