using System.Text.Json;
using Storyline.Testing;

namespace Storyline.Tests.Cli;

/// <summary>The two seed pages through ingest, stories and story, as the command-line contract describes.</summary>
public sealed class SeedEndToEndTests
{
    [Fact]
    public async Task IngestSeeds_TwiceOver_FormOneStoryWithTwoArticlesAndTheThread()
    {
        var seeds = SharedData.RequireDirectory("seeds");
        using var tmp = new TempDir();
        var first = await CliProcess.RunAsync("ingest", seeds, "--json", "--db", tmp.Db);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(2, first.StdoutLines.Length);
        var again = await CliProcess.RunAsync("ingest", seeds, "--json", "--db", tmp.Db);
        Assert.Equal(0, again.ExitCode);

        var stories = JsonDocument.Parse((await CliProcess.RunAsync("stories", "--json", "--db", tmp.Db)).Stdout).RootElement;
        var story = Assert.Single(stories.EnumerateArray());
        Assert.Equal(2, story.GetProperty("articles").GetArrayLength());
        foreach (var article in story.GetProperty("articles").EnumerateArray())
            foreach (var field in new[] { "id", "origin", "url", "title", "source", "published" })
                Assert.True(article.TryGetProperty(field, out _), field);

        var id = story.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var detail = JsonDocument.Parse((await CliProcess.RunAsync("story", id, "--json", "--db", tmp.Db)).Stdout).RootElement;
        Assert.Equal(52, detail.GetProperty("comments_declared").GetInt32());
        var comments = detail.GetProperty("comments").EnumerateArray().ToList();
        Assert.Equal(20, comments.Count);
        Assert.Equal(8, comments.Count(c => c.GetProperty("parent").ValueKind == JsonValueKind.Null));
        foreach (var field in new[] { "entities", "quotes", "claims", "differences" })
            Assert.Equal(JsonValueKind.Array, detail.GetProperty(field).ValueKind);
        Assert.DoesNotContain("We use your sign-up", detail.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_SeveralFiles_PrintsOneJsonLinePerFileWithItsOrigin()
    {
        var seeds = SharedData.RequireDirectory("seeds");
        var files = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var result = await CliProcess.RunAsync(["extract", .. files, "--json"]);
        Assert.Equal(0, result.ExitCode);
        var lines = result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(files, lines.Select(l => l.GetProperty("origin").GetString()));
        Assert.Equal(52, lines[1].GetProperty("comments").GetProperty("declared").GetInt32());
        Assert.Equal(20, lines[1].GetProperty("comments").GetProperty("items").GetArrayLength());
    }
}
