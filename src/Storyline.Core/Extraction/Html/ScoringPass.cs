namespace Storyline.Core.Extraction.Html;

/// <summary>How strict one extraction attempt is; later attempts relax it when the first keeps too little.</summary>
internal sealed record ScoringPass(bool DropUnlikelyNames, bool UseClassWeights, bool CleanConditionally)
{
    public static readonly ScoringPass[] Attempts =
    [
        new(true, true, true),
        new(false, true, true),
        new(false, false, false),
    ];
}
