namespace Storyline.Core.Extraction.Html;

/// <summary>What an element's class and id say, computed once per distinct name string of a page.</summary>
internal readonly record struct ClassSignals(int Weight, bool Unlikely, bool Hard)
{
    public static readonly ClassSignals None = new(0, false, false);
}
