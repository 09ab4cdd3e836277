namespace Storyline.Storage.Model;

/// <summary>Where a comment stands in moderation.</summary>
public enum CommentStatus
{
    Published,
    Held,
    Rejected,
    Deleted,
}
