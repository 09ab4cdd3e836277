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
    /// Score with the models retrained from moderator decisions (the admin's retrain button and
    /// <c>storyline comments train --from-store</c> store them in the database, so every node uses the same newest
    /// pair). False keeps the shipped models and turns the retrain button off.
    /// </summary>
    public bool RetrainedModels { get; init; } = true;

    /// <summary>
    /// A folder of models (<c>spam.bin</c>, <c>abuse.bin</c>, as <c>storyline comments train --out DIR</c> writes them)
    /// used while the database holds no retrained pair; the database's pair always wins. Relative paths are from the
    /// working folder, like the default database. Empty: no folder.
    /// </summary>
    public string? ModelsPath { get; init; } = DefaultModelsPath;

    /// <summary>How often each node looks for newer retrained models (in the database, then in <see cref="ModelsPath"/>).</summary>
    public TimeSpan ModelsCheckInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The default <see cref="ModelsPath"/>, beside the default database <c>./data/storyline.db</c>.</summary>
    public const string DefaultModelsPath = "./data/comment-models";
}
