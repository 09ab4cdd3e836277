namespace Storyline.Core.Discussion;

/// <summary>What the policy does with a comment.</summary>
public enum ModerationDecision
{
    Publish,
    Hold,
    Reject,
}
