namespace Storyline.Api.Json;

/// <summary>An entity of a story with its aliases and the articles naming it.</summary>
public sealed record EntityJson(string Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyList<long> Articles);
