using System.Globalization;
using Storyline.Api.Json;
using Storyline.Core.Analysis;
using Storyline.Storage.Model;

namespace Storyline.Api;

/// <summary>Maps stored stories to the JSON shapes of DESIGN.md, shared by the CLI and the API.</summary>
public static class StoryJsonMapper
{
    public static string Iso(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static ArticleRefJson Ref(ArticleRecord a) => new(a.Id, a.Origin, a.Url, a.Title, a.Source, Iso(a.Published));

    public static StorySummaryJson Summary(StorySummary s) => new(s.Id, s.Title, s.Articles.Select(Ref).ToList())
    {
        Sources = s.Sources,
        CommentCount = s.CommentCount,
        FirstPublished = Iso(s.FirstPublished),
        LastPublished = Iso(s.LastPublished),
    };

    public static CommentJson Comment(CommentRecord c) =>
        new(c.Id, c.ParentId, c.Author, c.Text, c.Status.ToString().ToLowerInvariant(), c.ArticleId) { Created = Iso(c.Created) };

    /// <summary>The full story; <paramref name="comments"/> are already filtered for the audience.</summary>
    public static StoryJson Story(StoryDetail story, StoryInsights insights, IEnumerable<CommentRecord> comments) => new()
    {
        Id = story.Id,
        Title = story.Title,
        Articles = story.Articles.Select(a => new StoryArticleJson(a.Id, a.Origin, a.Title, a.Source, a.Text)
        {
            Url = a.Url,
            Published = Iso(a.Published),
            Byline = a.Byline,
            SourceLink = a.SourceLink,
            DuplicateOf = a.DuplicateOf,
            CommentsDeclared = a.CommentsDeclared,
            Topics = a.Topics,
        }).ToList(),
        Entities = insights.Entities.Select(e => new EntityJson(e.Name, e.Type.ToString(), e.Aliases, Ids(e.Articles))).ToList(),
        Quotes = insights.Quotes.Select(q => new QuoteJson(q.Speaker, q.Text, Id(q.Article))).ToList(),
        Claims = insights.Claims.Select(c => new ClaimJson(c.Text, c.Value, Ids(c.Articles))).ToList(),
        Differences = insights.Differences.Select(d => new DifferenceJson(d.Text, Ids(d.Articles))).ToList(),
        Comments = comments.Select(Comment).ToList(),
        CommentsDeclared = story.CommentsDeclared,
    };

    private static long Id(string articleId) => long.TryParse(articleId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : 0;

    private static List<long> Ids(IEnumerable<string> articleIds) => articleIds.Select(Id).Distinct().ToList();
}
