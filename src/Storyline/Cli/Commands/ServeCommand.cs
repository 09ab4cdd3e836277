using System.CommandLine;
using Storyline.Demo;
using Storyline.Ingestion;
using Storyline.Web;
using Storyline.Web.Admin;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline serve [--urls URL] [--demo]</c>: the web site over the store named by <c>--db</c>.</summary>
public static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => DefaultUrls };
        var demo = new Option<bool>("--demo") { Description = "Load the bundled sample corpus first (idempotent)" };
        var command = new Command("serve", "Serve the web site, the JSON API and the feeds") { urls, demo };
        command.SetAction(async (parse, cancellationToken) =>
        {
            WebApplication app;
            try
            {
                app = await StorylineWebApp.BuildAsync(new WebHostSettings { Db = parse.GetValue(CommonOptions.Db)!, Urls = parse.GetValue(urls)! }, cancellationToken);
            }
            catch (Storyline.Storage.StoreException e)
            {
                throw new CliException(e.Message);
            }
            await using (app)
            {
                if (parse.GetValue(demo))
                {
                    var loaded = await DemoCorpus.LoadAsync(app.Services.GetRequiredService<IngestPipeline>(), app.Services.GetRequiredService<TimeProvider>(), cancellationToken);
                    app.Services.GetRequiredService<PageCache>().Invalidate();
                    Console.Error.WriteLine($"demo corpus: {loaded.Stored} reports stored, {loaded.Duplicates} already present");
                }
                if (app.Services.GetRequiredService<AdminCredentials>().GeneratedPassword is { } password)
                    Console.Error.WriteLine($"operator login: user '{app.Services.GetRequiredService<AdminCredentials>().User}', password '{password}' (generated for this run; set Admin:Password or STORYLINE__ADMIN__PASSWORD)");
                await app.StartAsync(cancellationToken);
                Console.Error.WriteLine($"serving on {string.Join(", ", app.Urls)}");
                await app.WaitForShutdownAsync(cancellationToken);
            }
            return 0;
        });
        return command;
    }
}
