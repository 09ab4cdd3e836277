namespace Storyline.Core.Feeds;

/// <summary>The closed set of results of reading an OPML subscription list.</summary>
public abstract record OpmlParseOutcome
{
    private OpmlParseOutcome() { }

    /// <summary>The subscriptions found (de-duplicated by address), and what was skipped.</summary>
    public sealed record Parsed(IReadOnlyList<OpmlFeed> Feeds, IReadOnlyList<string> Warnings) : OpmlParseOutcome;

    public sealed record Rejected(string Reason) : OpmlParseOutcome;
}
