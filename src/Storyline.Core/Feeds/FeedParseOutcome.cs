namespace Storyline.Core.Feeds;

/// <summary>The closed set of results of parsing one feed document.</summary>
public abstract record FeedParseOutcome
{
    private FeedParseOutcome() { }

    public sealed record Parsed(ParsedFeed Feed) : FeedParseOutcome;

    /// <summary>The document was refused for safety: a DTD with declarations, entity expansion, over a limit.</summary>
    public sealed record Refused(string Reason) : FeedParseOutcome;

    /// <summary>The document is not a feed, or is broken beyond repair.</summary>
    public sealed record Invalid(string Reason) : FeedParseOutcome;
}
