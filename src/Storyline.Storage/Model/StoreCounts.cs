namespace Storyline.Storage.Model;

/// <summary>How much the store holds.</summary>
public sealed record StoreCounts(long Stories, long Articles, long Comments);
