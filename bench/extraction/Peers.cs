using System.Diagnostics;
using System.Text.Json;

namespace Storyline.Bench.Extraction;

/// <summary>Runs the peer extractors installed by setup.sh and SmartReader (NuGet) over the same pages.</summary>
public static class Peers
{
    public static readonly string[] All = ["smartreader", "readability-js", "readability-py"];

    /// <summary>Predictions by page id and the extraction time the peer measured itself (file reading excluded).</summary>
    public static (Dictionary<string, string> Predictions, double Seconds, string Version)? Run(string name, PageSet set, string benchDir, string outDir)
    {
        return name switch
        {
            "smartreader" => SmartReader(set),
            "readability-js" => External("node", [Path.Combine(benchDir, "peers", "readability.mjs")], "@mozilla/readability 0.6.0 + jsdom 27.0.0", set, outDir, name),
            "readability-py" => External("/usr/bin/python3", [Path.Combine(benchDir, "peers", "readability_lxml.py")], "readability-lxml (Debian python3-readability)", set, outDir, name),
            _ => throw new ArgumentException($"unknown peer '{name}'; known: {string.Join(", ", All)}"),
        };
    }

    private static (Dictionary<string, string>, double, string) SmartReader(PageSet set)
    {
        var predictions = new Dictionary<string, string>(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();
        foreach (var page in set.Pages)
        {
            var html = System.Text.Encoding.UTF8.GetString(page.Html);
            try
            {
                var article = new SmartReader.Reader(page.Url, html).GetArticle();
                predictions[page.Id] = article.TextContent ?? "";
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                predictions[page.Id] = "";
            }
        }
        return (predictions, watch.Elapsed.TotalSeconds, "SmartReader 0.11.1");
    }

    private static (Dictionary<string, string>, double, string)? External(string program, string[] script, string version, PageSet set, string outDir, string name)
    {
        var output = Path.Combine(outDir, name + ".json");
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in script) start.ArgumentList.Add(arg);
        start.ArgumentList.Add(Path.Combine(set.Directory, "html"));
        start.ArgumentList.Add(output);
        start.ArgumentList.Add(set.Pages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Console.Error.WriteLine($"{name}: exit {process.ExitCode}: {stderr.Result.Trim()} (run bench/extraction/setup.sh)");
                return null;
            }
            using var stats = JsonDocument.Parse(stdout);
            return (PageSet.ReadPredictions(output), stats.RootElement.GetProperty("seconds").GetDouble(), version);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.Error.WriteLine($"{name}: {e.Message} (run bench/extraction/setup.sh)");
            return null;
        }
    }
}
