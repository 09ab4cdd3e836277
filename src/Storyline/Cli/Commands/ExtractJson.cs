using Storyline.Core.Extraction;

namespace Storyline.Cli.Commands;

/// <summary>The JSON shape of <c>storyline extract --json</c> (DESIGN.md).</summary>
public sealed record ExtractJson
{
    public required string Origin { get; init; }
    public string? Title { get; init; }
    public string? Byline { get; init; }
    public string? Published { get; init; }
    public string? Site { get; init; }
    public string? Language { get; init; }
    public string? Url { get; init; }
    public string? Source { get; init; }
    public required string Text { get; init; }
    public required ExtractCommentsJson Comments { get; init; }
    public string? Error { get; init; }

    public static ExtractJson From(string origin, ExtractedArticle article) => new()
    {
        Origin = origin,
        Title = article.Title,
        Byline = article.Byline,
        Published = article.Published?.ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture),
        Site = article.Site,
        Language = article.Language,
        Url = article.CanonicalUrl,
        Source = article.SourceAttribution,
        Text = article.Text,
        Comments = new ExtractCommentsJson
        {
            Declared = article.Comments.Declared,
            Items = article.Comments.Items.Select(c => new ExtractCommentJson { Id = c.Id, Parent = c.Parent, Author = c.Author, Text = c.Text }).ToList(),
        },
    };

    public static ExtractJson Failure(string origin, string reason) => new()
    {
        Origin = origin,
        Text = "",
        Comments = new ExtractCommentsJson { Declared = null, Items = [] },
        Error = reason,
    };

    /// <summary>A short human-readable summary for terminals.</summary>
    public static string Describe(string origin, ExtractedArticle article) =>
        $"{origin}\n  title: {article.Title}\n  paragraphs: {article.Paragraphs.Count}, words: {article.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length}"
        + $"\n  comments: {article.Comments.Items.Count} parsed, {article.Comments.Declared?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} declared\n";
}
