using Storyline.Storage.Model;

namespace Storyline.Discussion;

/// <summary>The closed set of answers to a posted comment.</summary>
public abstract record PostCommentResult
{
    private PostCommentResult() { }

    /// <summary>Stored (published, held or rejected by the policy); <see cref="EditToken"/> lets the author edit or delete it for a while.</summary>
    public sealed record Accepted(CommentRecord Comment, string EditToken) : PostCommentResult;

    /// <summary>The form is incomplete or malformed; field name → message.</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string> Errors) : PostCommentResult;

    /// <summary>An operator banned this author.</summary>
    public sealed record Banned : PostCommentResult;

    /// <summary>No such story or parent comment.</summary>
    public sealed record NotFound(string Message) : PostCommentResult;
}
