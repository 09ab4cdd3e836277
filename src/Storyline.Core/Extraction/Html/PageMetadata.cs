namespace Storyline.Core.Extraction.Html;

/// <summary>Metadata read from one page, before the body is extracted.</summary>
internal sealed record PageMetadata
{
    public required string? Title { get; init; }
    public required string? Byline { get; init; }
    public required DateTimeOffset? Published { get; init; }
    public required string? Site { get; init; }
    public required string? Language { get; init; }
    public required string? CanonicalUrl { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }
}
