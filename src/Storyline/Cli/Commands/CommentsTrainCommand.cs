using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Storyline.Core.Discussion.Scoring;
using Storyline.Discussion;
using Storyline.Storage;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>storyline comments train (--from-store | --input DECISIONS.jsonl) [--out DIR] [--models DIR]</c>: updates the
/// spam and abuse models from moderator decisions and writes the new model files. <c>--from-store</c> reads the
/// decisions operators made in the moderation queue (from <c>--db</c>); <c>--input</c> reads one
/// <c>{"text","author","label"}</c> per line with label <c>approved</c>, <c>spam</c> or <c>abusive</c>. Training
/// starts from the shipped models (or <c>--models</c>). Without <c>--out</c> the models are stored in the database
/// (<c>--db</c>), where every running site process on it picks them up; with <c>--out DIR</c> they are written to a
/// folder instead (a site reads such a folder through <c>Discussion:ModelsPath</c> while its database holds no pair).
/// </summary>
public static class CommentsTrainCommand
{
    public static Command Create()
    {
        var input = new Option<string?>("--input") { Description = "JSON Lines file of moderator decisions" };
        var fromStore = new Option<bool>("--from-store") { Description = "Train on the moderation decisions stored in --db" };
        var output = new Option<string?>("--out") { Description = "Folder to write spam.bin and abuse.bin into (default: store them in the database, which every site process reads)" };
        var models = new Option<string?>("--models") { Description = "Folder of the models to start from (default: the shipped ones)" };
        var limit = new Option<int>("--limit") { Description = "Most recent stored decisions to read", DefaultValueFactory = _ => CommentRetraining.DefaultDecisionLimit };
        var command = new Command("train", "Retrain the comment filters from moderator decisions") { input, fromStore, output, models, limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(input);
            var useStore = parse.GetValue(fromStore);
            if ((path is null) == !useStore) throw new CliException("give either --from-store or --input FILE");
            var outFolder = parse.GetValue(output);
            var failed = 0;
            try
            {
                var start = parse.GetValue(models) is { } folder ? CommentModels.Load(folder) : CommentModels.Shipped;
                RetrainingOutcome outcome;
                long? version = null;
                if (useStore)
                {
                    await using var runtime = await CliRuntime.OpenAsync(parse.GetValue(CommonOptions.Db)!, cancellationToken);
                    outcome = await CommentRetraining.FromStoreAsync(runtime.Store, start, parse.GetValue(limit), cancellationToken: cancellationToken);
                    if (outFolder is null) version = await PublishAsync(runtime.Store, outcome, cancellationToken);
                }
                else
                {
                    var (decisions, errors) = await ReadDecisionsAsync(path!, cancellationToken);
                    failed = errors;
                    var updated = CommentModelTrainer.Retrain(start, decisions, cancellationToken: cancellationToken);
                    outcome = new RetrainingOutcome
                    {
                        Models = updated,
                        Approved = decisions.Count(d => d.Label == ModeratorLabel.Approved),
                        Spam = decisions.Count(d => d.Label == ModeratorLabel.Spam),
                        Abusive = decisions.Count(d => d.Label == ModeratorLabel.Abusive),
                        SpamUpdated = !ReferenceEquals(updated.Spam, start.Spam),
                        AbuseUpdated = !ReferenceEquals(updated.Abuse, start.Abuse),
                    };
                    if (outFolder is null)
                    {
                        await using var runtime = await CliRuntime.OpenAsync(parse.GetValue(CommonOptions.Db)!, cancellationToken);
                        version = await PublishAsync(runtime.Store, outcome, cancellationToken);
                    }
                }
                if (outFolder is not null) new CommentModelFolder(outFolder, TimeProvider.System, TimeSpan.Zero).Save(outcome.Models);
                var destination = outFolder ?? (version is { } v ? $"the database (version {v.ToString(CultureInfo.InvariantCulture)})" : "nothing (no filter changed)");
                var total = outcome.Approved + outcome.Spam + outcome.Abusive;
                await Console.Out.WriteLineAsync(parse.GetValue(CommonOptions.Json)
                    ? JsonOutput.Line(new
                    {
                        decisions = total, approved = outcome.Approved, spam = outcome.Spam, abusive = outcome.Abusive,
                        spam_model_updated = outcome.SpamUpdated, abuse_model_updated = outcome.AbuseUpdated, @out = outFolder ?? (version is null ? null : "database"), version,
                    })
                    : $"trained on {total.ToString(CultureInfo.InvariantCulture)} decisions ({outcome.Approved.ToString(CultureInfo.InvariantCulture)} approved, "
                        + $"{outcome.Spam.ToString(CultureInfo.InvariantCulture)} spam, {outcome.Abusive.ToString(CultureInfo.InvariantCulture)} abusive; "
                        + $"spam model {(outcome.SpamUpdated ? "updated" : "unchanged")}, abuse model {(outcome.AbuseUpdated ? "updated" : "unchanged")}), wrote {destination}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
            {
                throw new CliException(e.Message);
            }
            catch (StoreException e)
            {
                throw new CliException(e.Message);
            }
            return failed == 0 ? 0 : 1;
        });
        return command;
    }

    /// <summary>Stores the retrained pair in the database when a filter changed; null when nothing changed (nothing stored).</summary>
    private static async Task<long?> PublishAsync(IStorylineStore store, RetrainingOutcome outcome, CancellationToken cancellationToken) =>
        outcome.SpamUpdated || outcome.AbuseUpdated
            ? await CommentModelSource.Publish(store, outcome.Models, outcome.Approved + outcome.Spam + outcome.Abusive, cancellationToken)
            : null;

    private static async Task<(List<ModeratedComment> Decisions, int Errors)> ReadDecisionsAsync(string path, CancellationToken cancellationToken)
    {
        var decisions = new List<ModeratedComment>();
        var failed = 0;
        var lineNumber = 0;
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
        return (decisions, failed);
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
