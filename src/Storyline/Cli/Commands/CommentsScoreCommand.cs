using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Storyline.Core.Discussion;
using Storyline.Core.Discussion.Scoring;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>storyline comments score --input FILE.jsonl</c>: one <c>{"id","author","text"}</c> object per line (optional
/// <c>email</c>, <c>url</c>, <c>parent</c>) in, one <c>{"id","spam","abuse","decision"}</c> line out. A bad line is
/// reported on stderr with its number and skipped; the exit code is then 1.
/// </summary>
public static class CommentsScoreCommand
{
    /// <summary>Longest input line accepted, in characters; comments are far shorter, so longer lines are junk.</summary>
    public const int MaxLineChars = 1_000_000;

    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "JSON Lines file of comments ('-' for standard input)", Required = true };
        var models = new Option<string?>("--models") { Description = "Folder of retrained models (from 'comments train'); default: the shipped ones" };
        var command = new Command("score", "Score comments for spam and abuse and print the moderation decision") { input, models };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(input)!;
            using var reader = Open(path);
            var scorer = parse.GetValue(models) is { } folder ? new CommentScorer(LoadModels(folder)) : new CommentScorer();
            var failed = 0;
            var lineNumber = 0;
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                if (!TryParse(line, out var comment, out var error))
                {
                    failed++;
                    await Console.Error.WriteLineAsync($"storyline: {path}:{lineNumber.ToString(CultureInfo.InvariantCulture)}: {error}");
                    continue;
                }
                var scores = scorer.Score(comment);
                var decision = scorer.Decide(comment, scores);
                await Console.Out.WriteLineAsync(JsonOutput.Line(new ScoreLine(comment.Id, Round(scores.Spam), Round(scores.Abuse), decision.ToString().ToLowerInvariant())));
            }
            return failed == 0 ? 0 : 1;
        });
        return command;
    }

    private static CommentModels LoadModels(string folder)
    {
        try
        {
            return CommentModels.Load(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new CliException($"{folder}: {e.Message}");
        }
    }

    private static TextReader Open(string path)
    {
        if (path == "-") return new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
        try
        {
            return new StreamReader(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"{path}: {e.Message}");
        }
    }

    private static bool TryParse(string line, out CommentInput comment, out string error)
    {
        comment = null!;
        if (line.Length > MaxLineChars)
        {
            error = $"line is longer than {MaxLineChars.ToString(CultureInfo.InvariantCulture)} characters";
            return false;
        }
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "expected a JSON object";
                return false;
            }
            var id = Identifier(root);
            // A comment without an author name (anonymous exports) is still scored: the models read the text.
            var author = Text(root, "author") ?? "";
            var text = Text(root, "text");
            if (id is null || text is null)
            {
                error = $"missing or non-string \"{(id is null ? "id" : "text")}\"";
                return false;
            }
            comment = new CommentInput { Id = id, Author = author, Text = text, Email = Text(root, "email"), Url = Text(root, "url"), Parent = Identifier(root, "parent") };
            error = "";
            return true;
        }
        catch (JsonException e)
        {
            error = $"not valid JSON ({e.Message.Split(". ")[0]})";
            return false;
        }
    }

    // Ids may be strings or numbers in exported data; both are kept as text.
    private static string? Identifier(JsonElement root, string name = "id") =>
        root.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double Round(double score) => Math.Round(Math.Clamp(score, 0, 1), 4);

    private sealed record ScoreLine(string Id, double Spam, double Abuse, string Decision);
}
