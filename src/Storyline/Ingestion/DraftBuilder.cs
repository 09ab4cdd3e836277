using Storyline.Core.Analysis;
using Storyline.Core.Extraction;
using Storyline.Core.Text;
using Storyline.Storage.Model;

namespace Storyline.Ingestion;

/// <summary>Turns an extracted article into what the store keeps: source name, time, fingerprint, analysis.</summary>
public static class DraftBuilder
{
    public static ArticleDraft Build(ExtractedArticle article, string origin, Uri? url, DateTimeOffset now, ArticleAnalyzer analyzer)
    {
        var text = article.Text;
        var title = article.Title ?? "(untitled)";
        var canonical = article.CanonicalUrl ?? url?.ToString();
        return new ArticleDraft
        {
            Origin = origin,
            Url = url?.ToString() ?? article.CanonicalUrl,
            CanonicalUrl = canonical,
            Title = title,
            Subtitle = article.Subtitle,
            Source = SourceName(article, origin, canonical),
            Byline = article.Byline,
            Published = article.Published ?? now,
            Language = article.Language,
            SourceLink = article.SourceAttribution,
            Text = text,
            Fingerprint = ContentFingerprint.Compute(title, text),
            Analysis = analyzer.Analyze(text),
            Topics = article.Topics,
            Comments = article.Comments,
        };
    }

    /// <summary>The outlet: the page's site name, else its host, else the file's name.</summary>
    public static string SourceName(ExtractedArticle article, string origin, string? url)
    {
        if (!string.IsNullOrWhiteSpace(article.Site)) return article.Site.Trim();
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
            return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        var name = Path.GetFileName(origin);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) name = name[..^3];
        return Path.GetFileNameWithoutExtension(name) is { Length: > 0 } stem ? stem : origin;
    }
}
