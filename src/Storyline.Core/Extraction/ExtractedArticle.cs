namespace Storyline.Core.Extraction;

/// <summary>What the extraction stage keeps of one page: the story and its metadata, nothing else.</summary>
public sealed record ExtractedArticle
{
    public required string? Title { get; init; }

    /// <summary>A second headline line (standfirst or original headline) kept apart from the body.</summary>
    public string? Subtitle { get; init; }
    public string? Byline { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Site { get; init; }
    public string? Language { get; init; }
    public string? CanonicalUrl { get; init; }

    /// <summary>Where the text says it came from ("Source: …" lines), kept as a link, not as body text.</summary>
    public string? SourceAttribution { get; init; }

    /// <summary>The main body, one entry per paragraph.</summary>
    public required IReadOnlyList<string> Paragraphs { get; init; }

    public ExtractedThread Comments { get; init; } = ExtractedThread.Empty;

    /// <summary>Hashtags and categories the page carries; they become topics.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Why the page holds no article (consent wall, bot challenge, not HTML), when it does not.</summary>
    public string? NoArticleReason { get; init; }

    /// <summary>The body as the command-line contract prints it: paragraphs separated by a blank line.</summary>
    public string Text => string.Join("\n\n", Paragraphs);
}
