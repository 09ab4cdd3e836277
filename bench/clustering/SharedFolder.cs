namespace Storyline.Bench.Clustering;

/// <summary>Finds ../shared by walking up from the current directory (or STORYLINE_SHARED).</summary>
internal static class SharedFolder
{
    public static string? Find()
    {
        var fromEnv = Environment.GetEnvironmentVariable("STORYLINE_SHARED");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv)) return Path.GetFullPath(fromEnv);
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (File.Exists(Path.Combine(candidate, "DESIGN.md"))) return candidate;
        }
        return null;
    }
}
