namespace Storyline.Core.Discussion.Policy;

/// <summary>The policy's decision with the rule that made it (null when nothing objected) and a reason for the moderator.</summary>
public sealed record ModerationVerdict(ModerationDecision Decision, ModerationRule? Rule, string Reason)
{
    /// <summary>Nothing objected.</summary>
    public static ModerationVerdict Published { get; } = new(ModerationDecision.Publish, null, "no rule objected");
}
