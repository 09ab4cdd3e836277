using Storyline.Core.Clustering;
using Storyline.Storage.Model;

namespace Storyline.Storage.Rows;

/// <summary>What the clusterer sees of an article, built the same way whether it is being stored or restored.</summary>
internal static class ArticleDocuments
{
    /// <summary>The document for a draft about to be stored under <paramref name="articleId"/>.</summary>
    public static ClusterDocument ForDraft(long articleId, ArticleDraft draft) => new()
    {
        Id = articleId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Title = TitleOf(draft.Title, draft.Subtitle),
        Text = draft.Text,
        Published = draft.Published,
        Source = draft.Source,
        Entities = draft.Analysis.Entities,
    };

    /// <summary>The document and story of a stored article, for warming or catching up a clusterer.</summary>
    public static (ClusterDocument Document, long StoryId) ForRecord(ArticleRecord a) => (new ClusterDocument
    {
        Id = a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Title = TitleOf(a.Title, a.Subtitle),
        Text = a.Text,
        Published = a.Published,
        Source = a.Source,
        Entities = a.Analysis.Entities,
    }, a.StoryId);

    // The subtitle often carries the news the headline only teases, so the clusterer reads both.
    private static string TitleOf(string title, string? subtitle) => string.IsNullOrEmpty(subtitle) ? title : $"{title}\n{subtitle}";
}
