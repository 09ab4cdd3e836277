using Storyline.Api;
using Storyline.Api.Json;
using Storyline.Core.Analysis;
using Storyline.Storage;
using Storyline.Storage.Model;

namespace Storyline.Stories;

/// <summary>Reads stories for the CLI, the API and the pages: the stored story plus its story-level analysis.</summary>
public sealed class StoryService(IStorylineStore store, StoryAnalyzer analyzer)
{
    /// <summary>The contract JSON of one story, or null; <paramref name="includeUnpublished"/> shows held comments (operators).</summary>
    public async Task<StoryJson?> GetJsonAsync(long id, bool includeUnpublished, CancellationToken cancellationToken)
    {
        var view = await GetAsync(id, cancellationToken);
        if (view is null) return null;
        var comments = view.Comments.Where(c => c.Status == CommentStatus.Published || (includeUnpublished && c.Status != CommentStatus.Deleted));
        return StoryJsonMapper.Story(view.Story, view.Insights, comments);
    }

    /// <summary>A story with insights and every comment, or null.</summary>
    public async Task<StoryView?> GetAsync(long id, CancellationToken cancellationToken)
    {
        var story = await store.GetStoryAsync(id, cancellationToken);
        if (story is null) return null;
        var insights = analyzer.Merge(story.Articles
            .Select(a => new AnalyzedArticle(a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Source, a.Text, a.Analysis)).ToList());
        var comments = await store.GetCommentsAsync(id, cancellationToken);
        return new StoryView(story, insights, comments);
    }

    /// <summary>
    /// Up to <paramref name="limit"/> other stories naming the same people, places or organisations, most shared names
    /// first, then by the front page's ranking. Looks up only the story's most cited names (one indexed query each).
    /// </summary>
    public async Task<IReadOnlyList<RelatedStory>> RelatedAsync(StoryView view, int limit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const int NamesLookedUp = 4;
        const int StoriesPerName = 8;
        var names = view.Insights.Entities.OrderByDescending(e => e.Articles.Count).Take(NamesLookedUp).Select(e => e.Name).ToList();
        var found = new Dictionary<long, (StorySummary Story, List<string> Shared, int Order)>();
        foreach (var name in names)
        {
            var stories = await store.ListStoriesAsync(new StoryListQuery { Filter = name, Limit = StoriesPerName, Now = now }, cancellationToken);
            foreach (var (other, order) in stories.Select((s, i) => (s, i)).Where(x => x.s.Id != view.Story.Id))
            {
                if (found.TryGetValue(other.Id, out var hit)) hit.Shared.Add(name);
                else found[other.Id] = (other, [name], order);
            }
        }
        return found.Values.OrderByDescending(r => r.Shared.Count).ThenByDescending(r => r.Story.Score).ThenBy(r => r.Order).Take(limit)
            .Select(r => new RelatedStory { Story = r.Story, Shared = r.Shared }).ToList();
    }
}
