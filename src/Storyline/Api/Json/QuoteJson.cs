namespace Storyline.Api.Json;

/// <summary>A quote of a story with its speaker and article.</summary>
public sealed record QuoteJson(string? Speaker, string Text, long Article);
