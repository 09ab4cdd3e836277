namespace Storyline.Storage;

/// <summary>A refusal by the store that callers show to users (unknown story, full disk, unreachable database).</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
