using Storyline.Fetching;

namespace Storyline.Cli;

/// <summary>The fetching services for commands that run without the web host, configured like the site (Fetch section, STORYLINE__FETCH__*).</summary>
public static class CliFetchServices
{
    public static ServiceProvider Build(Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Error));
        services.AddStorylineFetching(CliConfiguration.Build());
        services.AddSingleton<PageDownloader>();
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
