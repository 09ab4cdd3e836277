namespace Storyline.Core.Analysis;

/// <summary>One real-world entity across a story's articles, with the other names it goes by.</summary>
public sealed record StoryEntity(string Name, EntityType Type, IReadOnlyList<string> Aliases, IReadOnlyList<string> Articles);
