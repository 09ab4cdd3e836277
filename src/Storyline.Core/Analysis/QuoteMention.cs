namespace Storyline.Core.Analysis;

/// <summary>A direct quote with its speaker; offsets are UTF-16 code units of the quoted text, <see cref="End"/> exclusive.</summary>
public sealed record QuoteMention(string? Speaker, string Text, int Start, int End)
{
    /// <summary>The verb that introduced the quote ("said", "tweeted"), when one did.</summary>
    public string? Cue { get; init; }
}
