using Storyline.Core.Analysis;
using Storyline.Core.Extraction;

namespace Storyline.Storage.Model;

/// <summary>An extracted, analysed article ready to be stored.</summary>
public sealed record ArticleDraft
{
    public required string Origin { get; init; }
    public string? Url { get; init; }
    public string? CanonicalUrl { get; init; }
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public required string Source { get; init; }
    public string? Byline { get; init; }
    public required DateTimeOffset Published { get; init; }
    public string? Language { get; init; }
    public string? SourceLink { get; init; }
    public required string Text { get; init; }

    /// <summary>Content fingerprint: equal for the same text however it arrived.</summary>
    public required string Fingerprint { get; init; }

    public TextAnalysis Analysis { get; init; } = TextAnalysis.Empty;
    public IReadOnlyList<string> Topics { get; init; } = [];
    public ExtractedThread Comments { get; init; } = ExtractedThread.Empty;
}
