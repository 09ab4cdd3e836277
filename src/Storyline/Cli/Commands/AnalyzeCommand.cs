using System.CommandLine;
using System.Text.Json;
using Storyline.Core.Analysis;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>storyline analyze --input FILE.jsonl</c>: lines <c>{"id","text"}</c> in, one line
/// <c>{"id","entities":[{"text","type","start","end"}],"quotes":[{"speaker","text","start","end"}]}</c> out per good
/// line (offsets in UTF-16 code units of <c>text</c>). A bad line gets a one-line error on stderr naming it; the
/// others are still analysed, and the exit code is then 1.
/// </summary>
public static class AnalyzeCommand
{
    /// <summary>Longest input line accepted (characters); longer lines are reported, not read into an unbounded analysis.</summary>
    public const int MaxLineLength = 16 * 1024 * 1024;

    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "JSON Lines file of {\"id\",\"text\"} (- for standard input)", Required = true };
        var command = new Command("analyze", "Entities and quotes of texts, one JSON line per input line") { input };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(input)!;
            using var reader = Open(path);
            var analyzer = new ArticleAnalyzer();
            var bad = 0;
            var number = 0;
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                number++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                if (!TryParse(line, out var id, out var text, out var error))
                {
                    bad++;
                    await Console.Error.WriteLineAsync($"storyline: {path}:{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {error}");
                    continue;
                }
                var analysis = analyzer.Analyze(text);
                await Console.Out.WriteLineAsync(JsonOutput.Line(new AnalyzeLine(
                    id,
                    [.. analysis.Entities.Select(e => new AnalyzeEntity(e.Text, e.Type.ToString(), e.Start, e.End))],
                    [.. analysis.Quotes.Select(q => new AnalyzeQuote(q.Speaker, q.Text, q.Start, q.End))])));
            }
            return bad == 0 ? 0 : 1;
        });
        return command;
    }

    private static StreamReader Open(string path)
    {
        if (path == "-") return new StreamReader(Console.OpenStandardInput());
        try
        {
            return new StreamReader(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"cannot read {path}: {e.Message}");
        }
    }

    private static bool TryParse(string line, out JsonElement id, out string text, out string error)
    {
        id = default;
        text = "";
        if (line.Length > MaxLineLength)
        {
            error = $"line longer than {MaxLineLength} characters";
            return false;
        }
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) { error = "not a JSON object"; return false; }
            if (!root.TryGetProperty("id", out var idValue) || idValue.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
            {
                error = "missing \"id\" (a string or number)";
                return false;
            }
            if (root.TryGetProperty("text", out var textValue) && textValue.ValueKind == JsonValueKind.String) text = textValue.GetString()!;
            else if (textValue.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            {
                error = "\"text\" is not a string";
                return false;
            }
            id = idValue.Clone();
            error = "";
            return true;
        }
        catch (JsonException e)
        {
            error = $"invalid JSON ({e.Message.Split('\n')[0].Split(" LineNumber")[0].TrimEnd('.', ' ')})";
            return false;
        }
    }

    private sealed record AnalyzeLine(JsonElement Id, IReadOnlyList<AnalyzeEntity> Entities, IReadOnlyList<AnalyzeQuote> Quotes);

    private sealed record AnalyzeEntity(string Text, string Type, int Start, int End);

    private sealed record AnalyzeQuote(string? Speaker, string Text, int Start, int End);
}
