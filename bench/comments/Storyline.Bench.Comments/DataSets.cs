using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.VisualBasic.FileIO;
using Storyline.Core.Discussion.Scoring;

namespace Storyline.Bench.Comments;

/// <summary>Readers for the labelled sets under shared/data/comments (formats and traps described in each README).</summary>
public static class DataSets
{
    public static readonly string[] Videos = ["Youtube01-Psy", "Youtube02-KatyPerry", "Youtube03-LMFAO"];

    /// <summary>
    /// The YouTube id of each video (its own page, as a site knows the address of the story it shows). Psy and
    /// Katy Perry are the official videos' ids; LMFAO's is the file name in the authors' experiment repository.
    /// </summary>
    public static readonly Dictionary<string, string> VideoIds = new(StringComparer.Ordinal)
    {
        ["Youtube01-Psy"] = "9bZkp7q19f0",
        ["Youtube02-KatyPerry"] = "CevxZvSJLk8",
        ["Youtube03-LMFAO"] = "KQ6zr6kCPj8",
    };

    /// <summary>The shared folder: STORYLINE_SHARED, or a shared/DESIGN.md beside the current folder or one above it.</summary>
    public static string FindShared()
    {
        var fromEnv = Environment.GetEnvironmentVariable("STORYLINE_SHARED");
        if (!string.IsNullOrEmpty(fromEnv) && File.Exists(Path.Combine(fromEnv, "DESIGN.md"))) return fromEnv;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (File.Exists(Path.Combine(candidate, "DESIGN.md"))) return candidate;
        }
        throw new DirectoryNotFoundException("no shared/DESIGN.md above the current folder; set STORYLINE_SHARED");
    }

    /// <summary>Whether links to the video's own page are marked as site links (as the host does with CommentContext.SiteAddresses).</summary>
    public static bool SiteOwnLinks { get; set; } = true;

    /// <summary>YouTube comments of one video: CONTENT and CLASS only (DATE and AUTHOR leak the label, see the README).</summary>
    public static List<Sample> YouTube(string shared, string video) =>
        ReadCsv(Path.Combine(shared, "data/comments/youtube-spam", video + ".csv"))
            .Select(row => new Sample { Text = SiteOwnLinks ? SiteLinks.Mark(row["CONTENT"], [VideoIds[video]]) : row["CONTENT"], Positive = row["CLASS"] == "1", Group = video })
            .ToList();

    /// <summary>SMS messages (ham/spam, tab-separated); grouped into five folds by a hash of the text so duplicates stay together.</summary>
    public static List<Sample> Sms(string shared) =>
        File.ReadLines(Path.Combine(shared, "data/comments/sms-spam/SMSSpamCollection"), Encoding.UTF8)
            .Where(line => line.Contains('\t', StringComparison.Ordinal))
            .Select(line => line.Split('\t', 2))
            .Select(parts => new Sample { Text = parts[1], Positive = parts[0] == "spam", Group = "fold" + Fold(parts[1], 5) })
            .ToList();

    /// <summary>Davidson DEV tweets: hate or offensive (classes 0, 1) against neither (2), in five text-hash folds.</summary>
    public static List<Sample> Davidson(string shared) =>
        ReadCsv(Path.Combine(shared, "data/comments/davidson-hate-offensive/labeled_data.dev.csv"))
            .Select(row =>
            {
                var count = int.Parse(row["count"], CultureInfo.InvariantCulture);
                var neither = int.Parse(row["neither"], CultureInfo.InvariantCulture);
                var positive = row["class"] != "2";
                var agreeing = positive ? count - neither : neither;
                return new Sample { Text = row["tweet"], Positive = positive, Group = "fold" + Fold(row["tweet"], 5), Agreement = (float)agreeing / count };
            })
            .ToList();

    /// <summary>The 101 Jigsaw talk-page comments: any of the six labels counts as abusive.</summary>
    public static List<Sample> Jigsaw(string shared) =>
        ReadCsv(Path.Combine(shared, "data/comments/jigsaw-toxic-sample/test_examples.csv"))
            .Select(row => new Sample
            {
                Text = row["comment_text"],
                Positive = new[] { "toxic", "severe_toxic", "obscene", "threat", "insult", "identity_hate" }.Any(l => row[l] == "1"),
                Group = "jigsaw",
            })
            .ToList();

    /// <summary>A stable fold number from the text (SHA-256, so it is the same on every machine and run).</summary>
    public static int Fold(string text, int folds) => SHA256.HashData(Encoding.UTF8.GetBytes(text))[0] % folds;

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        using var parser = new TextFieldParser(path, Encoding.UTF8) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var header = parser.ReadFields() ?? throw new InvalidDataException($"{path}: empty file");
        var rows = new List<Dictionary<string, string>>();
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields();
            if (fields is null || fields.Length < header.Length) continue;
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++) row[header[i]] = fields[i];
            rows.Add(row);
        }
        return rows;
    }
}
