namespace Storyline.Api.Json;

/// <summary>Something only some articles of a story report.</summary>
public sealed record DifferenceJson(string Text, IReadOnlyList<long> Articles);
