namespace Storyline.Core.Extraction;

/// <summary>Raw bytes of one page as they arrived, with what the transport said about them.</summary>
public sealed record SourceDocument
{
    /// <summary>The file path or URL the page was read from.</summary>
    public required string Origin { get; init; }
    public required ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>The Content-Type header, when the page came over HTTP.</summary>
    public string? ContentType { get; init; }

    /// <summary>The page's own address, when known; used to resolve relative links.</summary>
    public Uri? Url { get; init; }
}
