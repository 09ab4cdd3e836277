namespace Storyline.Core.Extraction;

/// <summary>A discussion found inside a page: the count the page declares and the comments it shows.</summary>
public sealed record ExtractedThread
{
    public static readonly ExtractedThread Empty = new() { Declared = null, Items = [] };

    public required int? Declared { get; init; }
    public required IReadOnlyList<ExtractedComment> Items { get; init; }
}
