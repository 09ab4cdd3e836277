namespace Storyline.Subscriptions;

/// <summary>What a signed link may do; a token made for one purpose is refused for every other.</summary>
public enum TokenPurpose : byte
{
    Confirm = 1,
    Unsubscribe = 2,
    Manage = 3,
}
