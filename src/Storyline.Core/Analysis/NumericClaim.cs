namespace Storyline.Core.Analysis;

/// <summary>A number with what it counts ("18 municipal districts"), in its sentence.</summary>
public sealed record NumericClaim(string Text, double Value, string Unit, int Start, int End)
{
    public string? Sentence { get; init; }
}
