namespace Storyline.Core.Feeds;

/// <summary>Where an item's identity came from, strongest first.</summary>
public enum ItemIdentitySource
{
    Guid,
    Link,

    /// <summary>Neither a usable GUID nor a link: a hash of the item's title and text.</summary>
    ContentHash,
}
