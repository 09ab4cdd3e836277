namespace Storyline.Core.Extraction.Html;

/// <summary>
/// Memoises <see cref="BoilerplateSignals"/> by class-and-id string: templates repeat the same few names
/// thousands of times, and the regular expressions are the scorer's main cost otherwise.
/// </summary>
internal sealed class ClassSignalCache
{
    private const int MaxEntries = 20_000;
    private const int InitialCapacity = 256;
    private readonly Dictionary<string, ClassSignals> _cache = new(InitialCapacity, StringComparer.Ordinal);

    public ClassSignals Of(string? cls, string? id)
    {
        if (string.IsNullOrEmpty(cls) && string.IsNullOrEmpty(id)) return ClassSignals.None;
        var key = string.IsNullOrEmpty(id) ? cls! : string.IsNullOrEmpty(cls) ? id : cls + " " + id;
        if (_cache.TryGetValue(key, out var signals)) return signals;
        signals = ClassNameTokens.Judge(key);
        if (_cache.Count < MaxEntries) _cache[key] = signals;
        return signals;
    }
}
