using System.Text.Json;

namespace Storyline.Tests.Cli;

/// <summary>
/// <c>storyline comments score --input FILE.jsonl</c> per DESIGN.md: one <c>{"id","spam","abuse","decision"}</c> line per
/// usable input line, scores in [0,1], decision publish, hold or reject.
/// </summary>
public sealed class CommentsScoreCommandTests
{
    private static IReadOnlyList<JsonElement> Parse(CliProcess.Result result) =>
        result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Fact]
    public async Task Score_Comments_EveryLineAnsweredInOrder_PromotionFlagged_OrdinaryCommentPublished()
    {
        using var tmp = new TempDir();
        var lines = new object[]
        {
            new { id = "c1", author = "Maria", text = "The bridge closure will make my commute longer, I hope the council adds more ferries." },
            new { id = "c2", author = "Deals4U", text = "CHECK OUT MY CHANNEL!!! subscribe now http://cheap-followers.example.com free gift cards click here http://bit.ly/x" },
            new { id = 3, text = "No author on this one, from an anonymous export; the river was very high last night." },
            new { id = "c4", author = "Sam", text = "I agree with Maria.", email = "sam@example.test", url = "https://example.test/sam", parent = "c1" },
        };
        var input = tmp.File("in.jsonl", string.Join('\n', lines.Select(l => JsonSerializer.Serialize(l))) + "\n");

        var result = await CliProcess.RunAsync("comments", "score", "--input", input);

        Assert.Equal(0, result.ExitCode);
        var scored = Parse(result);
        Assert.Equal(["c1", "c2", "3", "c4"], scored.Select(l => l.GetProperty("id").ToString()));
        foreach (var line in scored)
        {
            Assert.InRange(line.GetProperty("spam").GetDouble(), 0, 1);
            Assert.InRange(line.GetProperty("abuse").GetDouble(), 0, 1);
            Assert.Contains(line.GetProperty("decision").GetString(), new[] { "publish", "hold", "reject" });
        }
        Assert.Equal("publish", scored[0].GetProperty("decision").GetString());
        Assert.NotEqual("publish", scored[1].GetProperty("decision").GetString());
        Assert.True(scored[1].GetProperty("spam").GetDouble() > scored[0].GetProperty("spam").GetDouble());
        Assert.Equal("publish", scored[2].GetProperty("decision").GetString());
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[1]", "expected a JSON object")]
    [InlineData("{\"author\":\"A\",\"text\":\"hi\"}", "\"id\"")]
    [InlineData("{\"id\":\"x\",\"author\":\"A\"}", "\"text\"")]
    [InlineData("{\"id\":\"x\",\"author\":\"A\",\"text\":42}", "\"text\"")]
    public async Task Score_BadLine_IsReportedWithItsNumber_OtherLinesStillScored_ExitCode1(string bad, string message)
    {
        using var tmp = new TempDir();
        var input = tmp.File("in.jsonl", "{\"id\":\"ok1\",\"author\":\"A\",\"text\":\"Fine.\"}\n" + bad + "\n\n{\"id\":\"ok2\",\"author\":\"B\",\"text\":\"Also fine.\"}\n");

        var result = await CliProcess.RunAsync("comments", "score", "--input", input);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["ok1", "ok2"], Parse(result).Select(l => l.GetProperty("id").GetString()));
        Assert.Contains(":2:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_MissingFile_ClearErrorNoOutput()
    {
        var result = await CliProcess.RunAsync("comments", "score", "--input", "/nonexistent/comments.jsonl");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.Contains("/nonexistent/comments.jsonl", result.Stderr, StringComparison.Ordinal);
    }
}
