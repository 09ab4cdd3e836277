namespace Storyline.Core.Analysis;

/// <summary>The entity classes Storyline tags.</summary>
public enum EntityType
{
    PER,
    LOC,
    ORG,
}
