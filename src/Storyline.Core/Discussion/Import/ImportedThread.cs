namespace Storyline.Core.Discussion.Import;

/// <summary>The comments of one export, parents before children, and the count it declares, if any.</summary>
public sealed record ImportedThread(string Format, IReadOnlyList<ImportedComment> Comments, int? Declared);
