namespace Storyline.Discussion;

/// <summary>Limits of the comment form (configuration section "Discussion").</summary>
public sealed record DiscussionOptions
{
    /// <summary>Longest author name accepted.</summary>
    public int MaxAuthorChars { get; init; } = 80;

    /// <summary>Longest e-mail address accepted (RFC 5321 path limit).</summary>
    public int MaxEmailChars { get; init; } = 254;

    /// <summary>Longest comment text accepted.</summary>
    public int MaxTextChars { get; init; } = 10_000;

    /// <summary>The window over which comments per client and per author are counted for the policy's rate rules.</summary>
    public TimeSpan RateWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long the author may edit or delete a comment with its token.</summary>
    public TimeSpan EditWindow { get; init; } = TimeSpan.FromMinutes(15);
}
