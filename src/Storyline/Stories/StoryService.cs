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
}
