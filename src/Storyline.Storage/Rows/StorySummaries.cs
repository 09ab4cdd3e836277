using Storyline.Storage.Model;

namespace Storyline.Storage.Rows;

/// <summary>Joins story rows with their articles into the list page's summaries.</summary>
internal static class StorySummaries
{
    public static List<StorySummary> Build(IEnumerable<StoryRow> stories, ILookup<long, ArticleRecord> articles) =>
        stories.Select(s => new StorySummary
        {
            Id = s.Id,
            Title = s.Title,
            ArticleCount = (int)s.ArticleCount,
            Sources = articles[s.Id].Select(a => a.Source).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            FirstPublished = DateTimeOffset.FromUnixTimeMilliseconds(s.FirstMs),
            LastPublished = DateTimeOffset.FromUnixTimeMilliseconds(s.LastMs),
            CommentCount = (int)s.CommentCount,
            Score = s.Rank,
            Articles = articles[s.Id].ToList(),
        }).ToList();
}
