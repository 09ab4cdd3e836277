using System.Text.Json;

namespace Storyline.Tests.Web;

/// <summary>A story page links the other stories that name the same people, places or organisations.</summary>
public sealed class RelatedStoriesTests(WebAppFixture site) : IClassFixture<WebAppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StoryPage_LinksAnotherStoryNamingTheSameEntity()
    {
        using var client = site.Client();
        var ids = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/stories?limit=100", UriKind.Relative), Ct)).RootElement
            .EnumerateArray().Select(s => s.GetProperty("id").GetInt64()).ToList();
        var names = new Dictionary<long, HashSet<string>>();
        foreach (var id in ids)
        {
            var story = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/stories/{id}", UriKind.Relative), Ct)).RootElement;
            names[id] = story.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("name").GetString()!.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        }
        var pair = ids.SelectMany(a => ids.Where(b => b != a && names[a].Overlaps(names[b])).Select(b => (a, b))).FirstOrDefault();
        Assert.True(pair != default, "the demo has two stories naming the same entity");

        var page = await client.GetStringAsync(new Uri($"/stories/{pair.a}", UriKind.Relative), Ct);
        var related = page[page.IndexOf("id=\"related\"", StringComparison.Ordinal)..page.IndexOf("id=\"discussion\"", StringComparison.Ordinal)];
        Assert.Contains($"href=\"/stories/{pair.b}\"", related, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/stories/{pair.a}\"", related, StringComparison.Ordinal);
    }
}
