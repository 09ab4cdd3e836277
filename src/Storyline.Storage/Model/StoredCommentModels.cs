namespace Storyline.Storage.Model;

/// <summary>
/// One version of the comment filters retrained from moderator decisions, kept in the database so every node on it
/// scores with the same models. The two model files are opaque bytes to the store.
/// </summary>
public sealed record StoredCommentModels
{
    /// <summary>Increasing version number given by the store; a newer pair always has a larger one.</summary>
    public long Version { get; init; }

    /// <summary>The spam model file (<c>spam.bin</c>).</summary>
    public required byte[] Spam { get; init; }

    /// <summary>The abuse model file (<c>abuse.bin</c>).</summary>
    public required byte[] Abuse { get; init; }

    /// <summary>How many moderator decisions the pair was trained on.</summary>
    public int Decisions { get; init; }

    /// <summary>When the pair was stored.</summary>
    public DateTimeOffset Created { get; init; }
}
