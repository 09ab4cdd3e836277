using System.CommandLine;

namespace Storyline.Cli;

/// <summary>Options every command takes.</summary>
public static class CommonOptions
{
    /// <summary>Default location of the embedded store.</summary>
    public const string DefaultDb = "./data/storyline.db";

    public static readonly Option<string> Db = new("--db")
    {
        Description = "SQLite file path or postgres://user:password@host:port/database",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("STORYLINE__DB") ?? DefaultDb,
    };

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Print machine-readable JSON",
        Recursive = true,
    };
}
