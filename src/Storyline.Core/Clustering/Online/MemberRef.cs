namespace Storyline.Core.Clustering.Online;

/// <summary>One article held in the window: enough to find syndicated copies of it and to evict it.</summary>
internal sealed class MemberRef
{
    public required string Id { get; init; }
    public required ulong Fingerprint { get; init; }
    public required int FingerprintWords { get; init; }

    /// <summary>The story the article is in now (changes when stories merge).</summary>
    public required StoryState Story { get; set; }
}
