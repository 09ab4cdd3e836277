namespace Storyline.Storage.Model;

/// <summary>What an author's edit or delete with their token did.</summary>
public enum AuthorEditOutcome
{
    Updated,
    Deleted,
    NotFound,

    /// <summary>The token does not belong to this comment.</summary>
    Forbidden,

    /// <summary>The edit window has closed.</summary>
    Expired,

    /// <summary>The new text is empty or too long.</summary>
    Invalid,
}
