namespace Storyline.Core.Analysis;

/// <summary>What the analysis stage finds in one text.</summary>
public sealed record TextAnalysis
{
    public required IReadOnlyList<EntityMention> Entities { get; init; }
    public required IReadOnlyList<QuoteMention> Quotes { get; init; }
    public required IReadOnlyList<NumericClaim> Claims { get; init; }

    public static TextAnalysis Empty { get; } = new() { Entities = [], Quotes = [], Claims = [] };
}
