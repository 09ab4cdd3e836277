namespace Storyline.Core.Analysis;

/// <summary>A named entity in a text; offsets are UTF-16 code units, <see cref="End"/> exclusive.</summary>
public sealed record EntityMention(string Text, EntityType Type, int Start, int End)
{
    /// <summary>The full name this mention refers to within the document ("Ms Cabrera" → "Ana Cabrera").</summary>
    public string? Canonical { get; init; }
}
