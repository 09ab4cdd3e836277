namespace Storyline.Core.Discussion.Import;

/// <summary>An export that cannot be read: malformed XML, a DTD, an unknown format.</summary>
public sealed class ThreadImportException(string message, Exception? inner = null) : Exception(message, inner);
