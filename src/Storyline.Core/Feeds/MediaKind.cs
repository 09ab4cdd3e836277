namespace Storyline.Core.Feeds;

/// <summary>What an enclosure or Media RSS object holds.</summary>
public enum MediaKind
{
    Other,
    Image,
    Audio,
    Video,
}
