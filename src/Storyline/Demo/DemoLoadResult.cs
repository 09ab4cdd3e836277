namespace Storyline.Demo;

/// <summary>How many demo reports were stored now and how many were there already.</summary>
public sealed record DemoLoadResult(int Stored, int Duplicates);
