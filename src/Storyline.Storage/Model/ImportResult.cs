namespace Storyline.Storage.Model;

/// <summary>How many comments an import stored and how many it found already stored.</summary>
public sealed record ImportResult(int Imported, int AlreadyPresent);
