namespace Storyline.Core.Analysis.Quotes;

/// <summary>
/// A stretch of text inside quotation marks: <see cref="Start"/>..<see cref="End"/> is the quoted text without
/// the marks; <see cref="Open"/> and <see cref="Close"/> are the marks' offsets (<see cref="Close"/> is -1 when the
/// paragraph ends before a closing mark). <see cref="ContinuesPrevious"/>: a paragraph opening with a quote mark
/// after a paragraph whose quote was left open (a multi-paragraph quote).
/// </summary>
public sealed record QuoteSpan(int Open, int Start, int End, int Close, bool ContinuesPrevious);
