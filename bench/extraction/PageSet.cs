using System.IO.Compression;
using System.Text.Json;

namespace Storyline.Bench.Extraction;

/// <summary>The benchmark's pages (gunzipped into memory before any timing) and its ground truth.</summary>
public sealed class PageSet
{
    public required string Directory { get; init; }
    public required IReadOnlyList<BenchPage> Pages { get; init; }

    /// <summary>Finds shared/ from STORYLINE_SHARED or by walking up from the working directory.</summary>
    public static string FindShared()
    {
        var fromEnv = Environment.GetEnvironmentVariable("STORYLINE_SHARED");
        if (!string.IsNullOrEmpty(fromEnv) && File.Exists(Path.Combine(fromEnv, "DESIGN.md"))) return Path.GetFullPath(fromEnv);
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (File.Exists(Path.Combine(candidate, "DESIGN.md"))) return candidate;
        }
        throw new DirectoryNotFoundException("no shared/DESIGN.md above the working directory; set STORYLINE_SHARED");
    }

    public static PageSet Load(string directory, int limit)
    {
        using var truthStream = File.OpenRead(Path.Combine(directory, "ground-truth.json"));
        using var truth = JsonDocument.Parse(truthStream);
        var pages = new List<BenchPage>();
        foreach (var entry in truth.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (pages.Count >= limit) break;
            var path = Path.Combine(directory, "html", entry.Name + ".html.gz");
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gzip.CopyTo(buffer);
            pages.Add(new BenchPage
            {
                Id = entry.Name,
                Url = entry.Value.GetProperty("url").GetString() ?? "",
                Truth = entry.Value.GetProperty("articleBody").GetString() ?? "",
                Html = buffer.ToArray(),
            });
        }
        return new PageSet { Directory = directory, Pages = pages };
    }

    /// <summary>Reads a prediction file: <c>{id: {articleBody}}</c> or <c>{"version", "output": {id: {articleBody}}}</c>, maybe gzipped.</summary>
    public static Dictionary<string, string> ReadPredictions(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        if (root.TryGetProperty("output", out var output) && output.ValueKind == JsonValueKind.Object) root = output;
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in root.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.Object) continue;
            result[entry.Name] = entry.Value.TryGetProperty("articleBody", out var body) && body.ValueKind == JsonValueKind.String ? body.GetString()! : "";
        }
        return result;
    }
}

/// <summary>One benchmark page.</summary>
public sealed record BenchPage
{
    public required string Id { get; init; }
    public required string Url { get; init; }
    public required string Truth { get; init; }
    public required byte[] Html { get; init; }
}
