namespace Storyline.Cli;

/// <summary>Configuration for commands that run without the web host: appsettings.json, then STORYLINE__ environment variables.</summary>
public static class CliConfiguration
{
    public static IConfiguration Build() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables("STORYLINE__")
        .Build();
}
