namespace Storyline.Core.Extraction;

/// <summary>Limits of the extraction stage.</summary>
public sealed record ExtractionOptions
{
    /// <summary>Pages larger than this are refused before parsing (default 16 MiB).</summary>
    public long MaxDocumentBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Lines longer than this in a plain-text page are cut (default 64 KiB).</summary>
    public int MaxLineChars { get; init; } = 64 * 1024;

    /// <summary>At most this many comments are parsed out of one page.</summary>
    public int MaxComments { get; init; } = 5_000;

    public static ExtractionOptions Default { get; } = new();
}
