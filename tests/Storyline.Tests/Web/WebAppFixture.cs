using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Storyline.Demo;
using Storyline.Ingestion;
using Storyline.Web;

namespace Storyline.Tests.Web;

/// <summary>The site on Kestrel at 127.0.0.1 (a free port) over a fresh SQLite file holding the demo corpus; one per test class.</summary>
public class WebAppFixture : IAsyncLifetime
{
    public const string AdminPassword = "correct horse battery staple";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "storyline-web-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The running site's services (to set up state a test needs directly in the store).</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("the site is not started");

    protected virtual int PostsPerWindow => 10_000;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        (_app, BaseAddress) = await StartSiteAsync(Path.Combine(_directory, "test.db"), loadDemo: true, new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Web:PostsPerWindow"] = PostsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // Retrained comment models go to this fixture's folder, never into the test run's working directory.
            ["Discussion:ModelsPath"] = Path.Combine(_directory, "comment-models"),
        }, CancellationToken.None);
    }

    /// <summary>
    /// Builds and starts the site over <paramref name="db"/> on a free loopback port, with the test operator password,
    /// quiet logging and <paramref name="overrides"/>; with the demo corpus when <paramref name="loadDemo"/>.
    /// </summary>
    public static async Task<(WebApplication App, Uri BaseAddress)> StartSiteAsync(string db, bool loadDemo, IReadOnlyDictionary<string, string?> overrides,
        CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Admin:Password"] = AdminPassword,
            ["Logging:LogLevel:Default"] = "Error",
        };
        foreach (var (key, value) in overrides) settings[key] = value;
        var app = await StorylineWebApp.BuildAsync(new WebHostSettings { Db = db, Urls = "http://127.0.0.1:0", Overrides = settings }, cancellationToken);
        if (loadDemo) await DemoCorpus.LoadAsync(app.Services.GetRequiredService<IngestPipeline>(), TimeProvider.System, cancellationToken);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>A client with its own cookie jar that does not follow redirects (tests look at them).</summary>
    public HttpClient Client() => new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true })
    {
        BaseAddress = BaseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over cleanup.
        }
        GC.SuppressFinalize(this);
    }
}
