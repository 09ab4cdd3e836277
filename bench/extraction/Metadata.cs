using Storyline.Core.Extraction;

namespace Storyline.Bench.Extraction;

/// <summary>
/// Title and date accuracy against labels.tsv: hand-written labels (id prefix, headline as the page shows it,
/// publication date as the page states it or "-"), made by reading the pages; the benchmark itself has none.
/// </summary>
public static class Metadata
{
    public static void Report(string labelsPath, IReadOnlyDictionary<string, ExtractionOutcome> outcomes)
    {
        int titled = 0, titleExact = 0, dated = 0, dateParsed = 0, dateRight = 0;
        var misses = new List<string>();
        foreach (var line in File.ReadLines(labelsPath))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            if (cells.Length < 3) continue;
            var (prefix, title, date) = (cells[0], cells[1], cells[2]);
            var key = outcomes.Keys.FirstOrDefault(k => k.StartsWith(prefix, StringComparison.Ordinal));
            if (key is null) continue;
            var article = (outcomes[key] as ExtractionOutcome.Extracted)?.Article;
            titled++;
            if (string.Equals(Normalise(article?.Title), Normalise(title), StringComparison.Ordinal)) titleExact++;
            else misses.Add($"  title {prefix}: got \"{article?.Title}\", want \"{title}\"");
            if (date is "-" or "?") continue;
            dated++;
            if (article?.Published is { } published)
            {
                dateParsed++;
                if (published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) == date) dateRight++;
                else misses.Add($"  date {prefix}: got {published:yyyy-MM-dd}, want {date}");
            }
            else misses.Add($"  date {prefix}: none, want {date}");
        }
        Console.WriteLine();
        Console.WriteLine($"Metadata on {titled} hand-labelled pages: title exact {Percent(titleExact, titled)}; "
            + $"date parsed on {Percent(dateParsed, dated)} of the {dated} pages that state one, right day on {Percent(dateRight, dated)}");
        foreach (var miss in misses) Console.WriteLine(miss);
    }

    private static string Percent(int part, int whole) => whole == 0 ? "n/a" : $"{100.0 * part / whole:0.0}% ({part}/{whole})";

    private static string Normalise(string? s) => string.Join(' ', (s ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        .Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"');
}
