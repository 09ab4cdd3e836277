using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Storyline.Core.Clustering;
using Storyline.Core.Extraction;
using Storyline.Storage;
using Storyline.Storage.Model;
using Storyline.Testing;

namespace Storyline.Tests.Web;

/// <summary>A story merged into another keeps its address: the old page and the old API address answer 301 to the story it became.</summary>
public sealed class MergedStoryRedirectTests(WebAppFixture site) : IClassFixture<WebAppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StoryPageAndApi_OfAMergedAwayStory_RedirectPermanentlyToTheLiveOne_AndAnUnknownIdIs404()
    {
        var store = site.Services.GetRequiredService<IStorylineStore>();
        var script = new ScriptedClusterer();
        var a = await store.IngestAsync(Draft("Lighthouse keeper retires after forty years", "The keeper retires."), script, Ct);
        var b = await store.IngestAsync(Draft("Lighthouse to run unattended", "Automation follows."), script, Ct);
        script.Next = (a.StoryId, [b.StoryId]);
        await store.IngestAsync(Draft("Lighthouse keeper's last night before automation", "Both at once."), script, Ct);

        using var client = site.Client();
        using var moved = await client.GetAsync(new Uri($"/stories/{b.StoryId}", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal($"/stories/{a.StoryId}", moved.Headers.Location?.ToString());
        using var live = await client.GetAsync(moved.Headers.Location, Ct);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        using var unknown = await client.GetAsync(new Uri("/stories/987654", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        using var movedJson = await client.GetAsync(new Uri($"/api/stories/{b.StoryId}", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.MovedPermanently, movedJson.StatusCode);
        Assert.Equal($"/api/stories/{a.StoryId}", movedJson.Headers.Location?.ToString());
        using var unknownJson = await client.GetAsync(new Uri("/api/stories/987654", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknownJson.StatusCode);
    }

    private static ArticleDraft Draft(string title, string text) => new()
    {
        Origin = $"/tmp/{title}.txt",
        Title = title,
        Source = "Coastal Courier",
        Published = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero),
        Text = text,
        Fingerprint = Core.Text.ContentFingerprint.Compute(title, text),
        Comments = ExtractedThread.Empty,
        Topics = [],
    };
}
