namespace Storyline.Web;

/// <summary>What the command line hands the web host: the store, where to listen, configuration overrides (tests).</summary>
public sealed record WebHostSettings
{
    public required string Db { get; init; }
    public required string Urls { get; init; }
    public string[] Args { get; init; } = [];
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>(StringComparer.Ordinal);
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
