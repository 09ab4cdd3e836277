using System.Text.Json;

namespace Storyline.Tests.Cli;

/// <summary>
/// <c>storyline analyze --input FILE.jsonl</c> per DESIGN.md: one <c>{"id","entities","quotes"}</c> line per usable input
/// line, offsets in UTF-16 code units of the line's <c>text</c>.
/// </summary>
public sealed class AnalyzeCommandTests
{
    private const string Story =
        "🌊 Flood waters rose in Porto Alegre on Monday. “We have never seen the river this high,” said Mayor Sebastião Melo. " +
        "Melo added that the army would help. “Stay away from the banks,” he said.";

    private static string Line(object id, string? text) => JsonSerializer.Serialize(new { id, text });

    private static IReadOnlyList<JsonElement> Parse(CliProcess.Result result) =>
        result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Fact]
    public async Task Analyze_Article_OffsetsAreUtf16SpansOfTheText_AndQuotesHaveTheSpeaker()
    {
        using var tmp = new TempDir();
        var input = tmp.File("in.jsonl", Line("a1", Story) + "\n");

        var result = await CliProcess.RunAsync("analyze", "--input", input);

        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(Parse(result));
        Assert.Equal("a1", line.GetProperty("id").GetString());
        var entities = line.GetProperty("entities").EnumerateArray().ToList();
        Assert.NotEmpty(entities);
        foreach (var entity in entities)
        {
            var start = entity.GetProperty("start").GetInt32();
            var end = entity.GetProperty("end").GetInt32();
            Assert.Equal(Story[start..end], entity.GetProperty("text").GetString());
            Assert.Contains(entity.GetProperty("type").GetString(), new[] { "PER", "LOC", "ORG" });
        }
        Assert.Contains(entities, e => e.GetProperty("text").GetString() == "Porto Alegre" && e.GetProperty("type").GetString() == "LOC");
        var quotes = line.GetProperty("quotes").EnumerateArray().ToList();
        Assert.Equal(2, quotes.Count);
        foreach (var quote in quotes)
        {
            var start = quote.GetProperty("start").GetInt32();
            var end = quote.GetProperty("end").GetInt32();
            Assert.Contains(quote.GetProperty("text").GetString()!, Story[start..end], StringComparison.Ordinal);
            Assert.Contains("Melo", quote.GetProperty("speaker").GetString()!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Analyze_BadAndOddLines_ReportsBadOnesOnStderr_AnswersEveryUsableLineInOrder()
    {
        using var tmp = new TempDir();
        var odd = new[]
        {
            Line("empty", ""),
            "not json at all",
            Line(7, "“An unbalanced quote that never ends, said nobody"),
            "[1, 2, 3]",
            Line("cyrillic", "Мэр Москвы Сергей Собянин сказал: «Метро работает»."),
            Line("huge", string.Join(' ', Enumerable.Repeat("Anna Berg met officials in Oslo \"on Tuesday\".", 20_000))),
        };
        var input = tmp.File("in.jsonl", string.Join('\n', odd) + "\n");

        var result = await CliProcess.RunAsync("analyze", "--input", input);

        Assert.Equal(["empty", "7", "cyrillic", "huge"], Parse(result).Select(l => l.GetProperty("id").ToString()));
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(":2:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(":4:", result.Stderr, StringComparison.Ordinal);
        var empty = Parse(result)[0];
        Assert.Empty(empty.GetProperty("entities").EnumerateArray());
        Assert.Empty(empty.GetProperty("quotes").EnumerateArray());
    }
}
