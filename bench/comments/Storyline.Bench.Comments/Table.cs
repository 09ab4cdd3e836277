using System.Globalization;

namespace Storyline.Bench.Comments;

/// <summary>Prints result rows as a Markdown table (pasted as is into docs/benchmarks.md).</summary>
public sealed class Table(params string[] headers)
{
    private readonly List<string[]> rows = [];

    public void Add(params object[] cells) => rows.Add(cells.Select(Format).ToArray());

    public void Print(string title)
    {
        Console.WriteLine();
        Console.WriteLine($"### {title}");
        Console.WriteLine();
        Console.WriteLine("| " + string.Join(" | ", headers) + " |");
        Console.WriteLine("|" + string.Concat(headers.Select((_, i) => i == 0 ? " --- |" : " ---: |")));
        foreach (var row in rows) Console.WriteLine("| " + string.Join(" | ", row) + " |");
    }

    private static string Format(object cell) => cell switch
    {
        double d => d.ToString("F3", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };
}
