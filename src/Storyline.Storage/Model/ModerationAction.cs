namespace Storyline.Storage.Model;

/// <summary>What an operator decided about a comment.</summary>
public enum ModerationAction
{
    Approve,
    Reject,
    Spam,
    Ban,
}
