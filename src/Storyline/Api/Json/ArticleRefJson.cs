namespace Storyline.Api.Json;

/// <summary>An article in <c>storyline stories --json</c> and <c>ingest --json</c>.</summary>
public sealed record ArticleRefJson(long Id, string Origin, string? Url, string Title, string Source, string Published)
{
    /// <summary>The story it belongs to (ingest output only).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public long? Story { get; init; }
}
