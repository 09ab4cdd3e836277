namespace Storyline.Training.Ner;

/// <summary>Command-line options of the trainer, with their defaults.</summary>
public sealed record Options
{
    public required string NerRoot { get; init; }
    public required string Output { get; init; }
    public int Epochs { get; init; } = 2;
    public int Seed { get; init; } = 13;
    public float Prune { get; init; } = 2f;
    public bool Verbose { get; init; }
    public int Copies { get; init; }
    public int Runs { get; init; } = 3;
    public bool KeepDemonyms { get; init; }
    public string? Dump { get; init; }
    public IReadOnlySet<string> Skip { get; init; } = new HashSet<string>();

    public static Options Parse(string[] args)
    {
        string? ner = null, output = null;
        int epochs = 2, seed = 13;
        var prune = 2f;
        var verbose = false;
        var copies = 0;
        var runs = 3;
        var keepDemonyms = false;
        string? dump = null;
        // GUM's bio and voyage genres are CC BY-SA: left out by default so the shipped model carries no share-alike terms.
        var skip = new HashSet<string>(StringComparer.Ordinal) { "gum-bio", "gum-voyage" };
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--ner": ner = Next(); break;
                case "--out": output = Next(); break;
                case "--epochs": epochs = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--prune": prune = float.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--include-share-alike": skip.Remove("gum-bio"); skip.Remove("gum-voyage"); break;
                case "--skip": skip.UnionWith(Next().Split(',', StringSplitOptions.RemoveEmptyEntries)); break;
                case "--verbose": verbose = true; break;
                case "--copies": copies = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--keep-demonyms": keepDemonyms = true; break;
                case "--runs": runs = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--dump": dump = Next(); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }
        ner ??= Path.Combine(FindShared() ?? throw new ArgumentException("shared/ not found: pass --ner DIR or set STORYLINE_SHARED"), "data", "ner");
        output ??= Path.Combine(FindUp("Storyline.slnx") ?? ".", "src", "Storyline.Core", "Models", "Ner", "ner-model.bin");
        return new Options { NerRoot = ner, Output = output, Epochs = epochs, Seed = seed, Prune = prune, Verbose = verbose, Copies = copies, Runs = runs, KeepDemonyms = keepDemonyms, Dump = dump, Skip = skip };
    }

    private static string? FindShared()
    {
        var env = Environment.GetEnvironmentVariable("STORYLINE_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "shared", "DESIGN.md"))) return Path.Combine(dir.FullName, "shared");
        return null;
    }

    private static string? FindUp(string marker)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, marker))) return dir.FullName;
        return null;
    }
}
