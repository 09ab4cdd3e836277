namespace Storyline.Core.Extraction.Html;

/// <summary>
/// One node of a scoring pass's walk, in document order: a text node (<see cref="Text"/>), a kept element
/// (<see cref="Stats"/>), or an element skipped whole (both null: scripts, hidden or never-content elements).
/// </summary>
internal readonly record struct TreeEntry(string? Text, NodeStats? Stats);
