using System.Text.Json;
using Storyline.Core.Analysis;
using Storyline.Storage.Model;

namespace Storyline.Storage.Rows;

/// <summary>One row of the articles table as both stores select it (the columns of their ArticleColumns).</summary>
internal sealed class ArticleRow
{
    public long Id { get; init; }
    public long StoryId { get; init; }
    public string Origin { get; init; } = "";
    public string? Url { get; init; }
    public string? CanonicalUrl { get; init; }
    public string Title { get; init; } = "";
    public string? Subtitle { get; init; }
    public string Source { get; init; } = "";
    public string? Byline { get; init; }
    public long PublishedMs { get; init; }
    public string? Language { get; init; }
    public string? SourceLink { get; init; }
    public string Text { get; init; } = "";
    public long? DuplicateOf { get; init; }
    public long? CommentsDeclared { get; init; }
    public string TopicsJson { get; init; } = "[]";
    public string AnalysisJson { get; init; } = "{}";

    /// <summary>The columns this row maps, for <c>SELECT … FROM articles</c>.</summary>
    public const string Columns = """
        id AS Id, story_id AS StoryId, origin AS Origin, url AS Url, canonical_url AS CanonicalUrl, title AS Title, subtitle AS Subtitle,
        source AS Source, byline AS Byline, published_ms AS PublishedMs, language AS Language, source_link AS SourceLink, text AS Text,
        duplicate_of AS DuplicateOf, comments_declared AS CommentsDeclared, topics_json AS TopicsJson, analysis_json AS AnalysisJson
        """;

    public ArticleRecord ToRecord(bool includeAnalysis) => new()
    {
        Id = Id,
        StoryId = StoryId,
        Origin = Origin,
        Url = Url ?? CanonicalUrl,
        Title = Title,
        Subtitle = Subtitle,
        Source = Source,
        Byline = Byline,
        Published = DateTimeOffset.FromUnixTimeMilliseconds(PublishedMs),
        Language = Language,
        SourceLink = SourceLink,
        Text = Text,
        DuplicateOf = DuplicateOf,
        CommentsDeclared = (int?)CommentsDeclared,
        Topics = JsonSerializer.Deserialize<List<string>>(TopicsJson, StoreJson.Options) ?? [],
        Analysis = includeAnalysis ? ReadAnalysis(AnalysisJson) : TextAnalysis.Empty,
    };

    /// <summary>The <c>topics_json</c> value stored for <paramref name="draft"/>; <see cref="ToRecord"/> reads it back.</summary>
    public static string TopicsJsonOf(ArticleDraft draft) => JsonSerializer.Serialize(draft.Topics, StoreJson.Options);

    /// <summary>The <c>analysis_json</c> value stored for <paramref name="draft"/>; <see cref="ToRecord"/> reads it back.</summary>
    public static string AnalysisJsonOf(ArticleDraft draft) => JsonSerializer.Serialize(draft.Analysis, StoreJson.Options);

    // A row written by an older analysis version may not parse; it reads as "not analysed" rather than failing the page.
    private static TextAnalysis ReadAnalysis(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<TextAnalysis>(json, StoreJson.Options) ?? TextAnalysis.Empty;
        }
        catch (JsonException)
        {
            return TextAnalysis.Empty;
        }
    }
}
