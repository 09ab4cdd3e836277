namespace Storyline.Api.Json;

/// <summary>A numeric claim of a story and the articles stating it.</summary>
public sealed record ClaimJson(string Text, double Value, IReadOnlyList<long> Articles);
