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

    /// <summary>
    /// Folder of the models retrained from moderator decisions (<c>storyline comments train --from-store</c> writes
    /// there); while it holds none, the shipped models score. Relative paths are from the working folder, like the
    /// default database. Empty turns retrained models off.
    /// </summary>
    public string? ModelsPath { get; init; } = DefaultModelsPath;

    /// <summary>How often the site looks for newer models in <see cref="ModelsPath"/>.</summary>
    public TimeSpan ModelsCheckInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The default <see cref="ModelsPath"/>, beside the default database <c>./data/storyline.db</c>.</summary>
    public const string DefaultModelsPath = "./data/comment-models";
}
