namespace Storyline.Testing;

/// <summary>
/// Finds the project's <c>shared/</c> folder (seeds and public labelled data) beside the repository or any
/// folder above it; tests that need it call <see cref="RequireDirectory"/>, which skips with a clear message when absent.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Find);

    /// <summary>The shared folder, or null when this machine has none.</summary>
    public static string? RootOrNull => Root.Value;

    /// <summary>The absolute path of <paramref name="relative"/> inside shared/, skipping the test when it is absent.</summary>
    public static string RequireDirectory(string relative)
    {
        var root = Root.Value;
        var path = root is null ? null : Path.Combine(root, relative);
        if (path is null || !(Directory.Exists(path) || File.Exists(path)))
            Assert.Skip($"../shared/{relative} is not on this machine (set STORYLINE_SHARED to the shared folder to run this test)");
        return path!;
    }

    private static string? Find()
    {
        var fromEnv = Environment.GetEnvironmentVariable("STORYLINE_SHARED");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv)) return Path.GetFullPath(fromEnv);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (File.Exists(Path.Combine(candidate, "DESIGN.md"))) return candidate;
        }
        return null;
    }
}
