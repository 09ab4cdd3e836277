using System.Text.Json;

namespace Storyline.Tests.Cli;

/// <summary><c>storyline cluster --input FILE.jsonl</c> per DESIGN.md: one <c>{"id","story"}</c> line per usable input line.</summary>
public sealed class ClusterCommandTests
{
    private const string Shooting =
        "Two men were wounded late Saturday in a shooting outside the Blue Heron bar on Maple Street in Riverdale, police said. " +
        "Officers found Marcus Delgado, 24, and Tyrell Okafor, 31, with gunshot wounds. Detective Joan Whitcombe asked witnesses to call police.";

    private const string ShootingFollowUp =
        "Riverdale police are looking for a dark sedan after Marcus Delgado, 24, and Tyrell Okafor, 31, were shot outside the Blue Heron " +
        "bar on Maple Street. Detective Joan Whitcombe said both men are expected to survive.";

    private const string Fire =
        "A fire destroyed three warehouses at the Port Ellison harbour on Monday. Chief officer Hanna Lindqvist said nobody was hurt.";

    private static string Line(string id, string title, string text, string? published, string source) =>
        JsonSerializer.Serialize(new { id, title, text, published, source });

    [Fact]
    public async Task Cluster_UnsortedInput_GroupsTheSameEventAndAnswersEveryLineInOrder()
    {
        using var tmp = new TempDir();
        var input = tmp.File("in.jsonl", string.Join('\n',
            Line("late", "Police seek sedan after Blue Heron bar shooting", ShootingFollowUp, "2024-03-05T08:00:00Z", "county-herald.example"),
            Line("fire", "Fire destroys harbour warehouses", Fire, "2024-03-04", "coast-times.example"),
            Line("early", "Two men shot outside Riverdale bar", Shooting, "2024-03-04T09:00:00Z", "riverdale-news.example"),
            Line("no-date", "Harbour warehouses burn", "", null, "coast-times.example")) + "\n");

        var result = await CliProcess.RunAsync("cluster", "--input", input);

        Assert.Equal(0, result.ExitCode);
        var stories = result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("story").ToString());
        Assert.Equal(["late", "fire", "early", "no-date"], result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        Assert.Equal(stories["early"], stories["late"]);
        Assert.NotEqual(stories["early"], stories["fire"]);
    }

    [Fact]
    public async Task Cluster_BadLines_AreNamedOnStderrAndSkipped()
    {
        using var tmp = new TempDir();
        var input = tmp.File("in.jsonl", string.Join('\n',
            Line("a", "Fire destroys harbour warehouses", Fire, "2024-03-04", "coast-times.example"),
            "{not json",
            """{"title":"no id"}""") + "\n");

        var result = await CliProcess.RunAsync("cluster", "--input", input);

        Assert.Equal(0, result.ExitCode);
        Assert.Single(result.StdoutLines);
        Assert.Contains("in.jsonl:2", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("in.jsonl:3", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json\n")]
    [InlineData("missing.jsonl")]
    public async Task Cluster_NothingUsable_FailsWithOneLine(string content)
    {
        using var tmp = new TempDir();
        var input = content.EndsWith(".jsonl", StringComparison.Ordinal) ? Path.Combine(tmp.Path, content) : tmp.File("in.jsonl", content);

        var result = await CliProcess.RunAsync("cluster", "--input", input);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Empty(result.StdoutLines);
        Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal);
    }
}
