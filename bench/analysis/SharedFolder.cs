namespace Storyline.Bench.Analysis;

/// <summary>Finds shared/ by walking up from the current directory (or STORYLINE_SHARED).</summary>
public static class SharedFolder
{
    public static string Find()
    {
        var env = Environment.GetEnvironmentVariable("STORYLINE_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "shared", "DESIGN.md"))) return Path.Combine(dir.FullName, "shared");
        throw new DirectoryNotFoundException("shared/ not found above the current directory; set STORYLINE_SHARED");
    }

    /// <summary>The folder holding this harness's scripts (for the node peer).</summary>
    public static string BenchDirectory()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "analysis");
            if (File.Exists(Path.Combine(candidate, "compromise-ner.mjs"))) return candidate;
            if (File.Exists(Path.Combine(dir.FullName, "compromise-ner.mjs"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("bench/analysis not found above the current directory");
    }
}
