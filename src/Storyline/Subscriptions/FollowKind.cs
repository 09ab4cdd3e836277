namespace Storyline.Subscriptions;

/// <summary>What a reader can follow.</summary>
public enum FollowKind
{
    Front,
    Story,
    Topic,
    Entity,
    Outlet,
}
