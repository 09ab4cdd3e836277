namespace Storyline.Core.Discussion.Policy;

/// <summary>
/// What the host knows about how a comment arrived, beyond its text. Every member is optional: the defaults describe
/// a comment with no form, no history and no rate information (as from an import or the CLI).
/// </summary>
public sealed record CommentContext
{
    /// <summary>No context: only the text-based rules apply.</summary>
    public static CommentContext None { get; } = new();

    /// <summary>Whether the form's hidden honeypot field came back filled in.</summary>
    public bool HoneypotFilled { get; init; }

    /// <summary>Time from serving the form to receiving it; null when the comment did not come from a form.</summary>
    public TimeSpan? TimeToSubmit { get; init; }

    /// <summary>Comments already received from the same client (address or session) within the rate window.</summary>
    public int RecentFromClient { get; init; }

    /// <summary>Comments already received from the same author within the rate window.</summary>
    public int RecentFromAuthor { get; init; }

    /// <summary>The author's comments a moderator (or the policy) has published before.</summary>
    public int ApprovedFromAuthor { get; init; }

    /// <summary>Addresses (or fragments such as a host and path) of the site's own pages: links to them are citations, not promotion.</summary>
    public IReadOnlyCollection<string> SiteAddresses { get; init; } = [];

    /// <summary>Whether a moderator banned the author.</summary>
    public bool AuthorBanned { get; init; }
}
