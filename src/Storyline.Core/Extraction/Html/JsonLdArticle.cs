using System.Text.Json;

namespace Storyline.Core.Extraction.Html;

/// <summary>The fields of a schema.org Article (or NewsArticle, BlogPosting, …) found in a page's JSON-LD.</summary>
internal sealed record JsonLdArticle
{
    public string? Headline { get; init; }
    public string? Author { get; init; }
    public string? DatePublished { get; init; }
    public string? Publisher { get; init; }
    public string? Language { get; init; }
    public string? Url { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = HtmlLimits.MaxJsonLdDepth * 4,
    };

    /// <summary>The first article-like object in <paramref name="json"/>, or null; malformed JSON gives null.</summary>
    public static JsonLdArticle? Parse(string json)
    {
        if (json.Length > HtmlLimits.MaxJsonLdChars) return null;
        try
        {
            using var document = JsonDocument.Parse(json.Trim().TrimEnd(';'), Options);
            return Find(document.RootElement, 0) is { } article ? Read(article) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonElement? Find(JsonElement element, int depth)
    {
        if (depth > HtmlLimits.MaxJsonLdDepth) return null;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                if (Find(item, depth + 1) is { } found) return found;
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object) return null;
        if (IsArticleType(element)) return element;
        foreach (var key in (ReadOnlySpan<string>)["@graph", "mainEntity", "mainEntityOfPage", "itemListElement"])
            if (element.TryGetProperty(key, out var inner) && Find(inner, depth + 1) is { } found) return found;
        return null;
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type)) return false;
        if (type.ValueKind == JsonValueKind.String) return IsArticleTypeName(type.GetString());
        return type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsArticleTypeName(t.GetString()));
    }

    private static bool IsArticleTypeName(string? name) => name is not null
        && (name.EndsWith("Article", StringComparison.Ordinal) || name is "BlogPosting" or "LiveBlogPosting" or "Report" or "SocialMediaPosting" or "WebPage" or "Review");

    private static JsonLdArticle Read(JsonElement article) => new()
    {
        Headline = Text(article, "headline") ?? Text(article, "name"),
        Author = Names(article, "author") ?? Names(article, "creator"),
        DatePublished = Text(article, "datePublished") ?? Text(article, "dateCreated"),
        Publisher = Names(article, "publisher"),
        Language = Text(article, "inLanguage"),
        Url = Text(article, "url"),
        Keywords = ReadKeywords(article),
    };

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    /// <summary>A person or organisation as a string, an object with a name, or an array of those.</summary>
    private static string? Names(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value)) return null;
        var names = new List<string>();
        void Add(JsonElement v)
        {
            if (v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())) names.Add(v.GetString()!.Trim());
            else if (v.ValueKind == JsonValueKind.Object && Text(v, "name") is { } n) names.Add(n);
        }
        if (value.ValueKind == JsonValueKind.Array)
            foreach (var item in value.EnumerateArray().Take(10)) Add(item);
        else Add(value);
        return names.Count == 0 ? null : string.Join(", ", names.Distinct(StringComparer.Ordinal));
    }

    private static List<string> ReadKeywords(JsonElement element)
    {
        if (!element.TryGetProperty("keywords", out var value)) return [];
        if (value.ValueKind == JsonValueKind.String)
            return [.. value.GetString()!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(50)];
        if (value.ValueKind == JsonValueKind.Array)
            return [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!.Trim()).Where(v => v.Length > 0).Take(50)];
        return [];
    }
}
