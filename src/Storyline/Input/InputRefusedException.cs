namespace Storyline.Input;

/// <summary>An input the operator's policy refuses (a private address, a scheme we do not read).</summary>
public sealed class InputRefusedException(string message) : Exception(message);
