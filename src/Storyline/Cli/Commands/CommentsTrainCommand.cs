using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Storyline.Core.Discussion.Scoring;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>storyline comments train --input DECISIONS.jsonl --out DIR [--models DIR]</c>: updates the spam and abuse
/// models from moderator decisions, one <c>{"text","author","label"}</c> per line with label <c>approved</c>,
/// <c>spam</c> or <c>abusive</c>, starting from the shipped models (or <c>--models</c>), and writes the new model files.
/// </summary>
public static class CommentsTrainCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "JSON Lines file of moderator decisions", Required = true };
        var output = new Option<string>("--out") { Description = "Folder to write spam.bin and abuse.bin into", Required = true };
        var models = new Option<string?>("--models") { Description = "Folder of the models to start from (default: the shipped ones)" };
        var command = new Command("train", "Retrain the comment filters from moderator decisions") { input, output, models };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(input)!;
            var decisions = new List<ModeratedComment>();
            var failed = 0;
            var lineNumber = 0;
            try
            {
                foreach (var line in await File.ReadAllLinesAsync(path, Encoding.UTF8, cancellationToken))
                {
                    lineNumber++;
                    if (string.IsNullOrWhiteSpace(line)) continue;
                    if (TryParse(line, out var decision, out var error)) decisions.Add(decision);
                    else
                    {
                        failed++;
                        await Console.Error.WriteLineAsync($"storyline: {path}:{lineNumber.ToString(CultureInfo.InvariantCulture)}: {error}");
                    }
                }
                var start = parse.GetValue(models) is { } folder ? CommentModels.Load(folder) : CommentModels.Shipped;
                var updated = CommentModelTrainer.Retrain(start, decisions, cancellationToken: cancellationToken);
                updated.Save(parse.GetValue(output)!);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
            {
                throw new CliException(e.Message);
            }
            await Console.Out.WriteLineAsync($"trained on {decisions.Count.ToString(CultureInfo.InvariantCulture)} decisions, wrote {parse.GetValue(output)}");
            return failed == 0 ? 0 : 1;
        });
        return command;
    }

    private static bool TryParse(string line, out ModeratedComment decision, out string error)
    {
        decision = null!;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            string? Text(string name) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var label = Text("label")?.ToLowerInvariant() switch
            {
                "approved" or "ham" or "publish" => ModeratorLabel.Approved,
                "spam" => ModeratorLabel.Spam,
                "abusive" or "abuse" => ModeratorLabel.Abusive,
                _ => (ModeratorLabel?)null,
            };
            if (Text("text") is not { } text || label is null)
            {
                error = "expected {\"text\",\"author\",\"label\"} with label approved, spam or abusive";
                return false;
            }
            decision = new ModeratedComment { Text = text, Author = Text("author") ?? "", Label = label.Value };
            error = "";
            return true;
        }
        catch (JsonException e)
        {
            error = $"not valid JSON ({e.Message.Split(". ")[0]})";
            return false;
        }
    }
}
