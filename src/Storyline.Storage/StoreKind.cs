namespace Storyline.Storage;

/// <summary>Which store a <c>--db</c> value selects.</summary>
public enum StoreKind
{
    Sqlite,
    Postgres,
}
