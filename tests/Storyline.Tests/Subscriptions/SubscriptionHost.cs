using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Storyline.Core.Analysis;
using Storyline.Core.Extraction;
using Storyline.Demo;
using Storyline.Ingestion;
using Storyline.Storage;
using Storyline.Subscriptions;
using Storyline.Tests.Fetching;
using Storyline.Web;
using Storyline.Web.Security;
using Storyline.Web.Subscriptions;

namespace Storyline.Tests.Subscriptions;

/// <summary>
/// The subscription routes on Kestrel at 127.0.0.1 over a fresh SQLite file (or the <c>--db</c> URL given), a fake clock,
/// and a real SMTP sink on loopback; one per test class. Skips (with the apt line) when python3-aiosmtpd is missing.
/// </summary>
public sealed class SubscriptionHost : IAsyncLifetime
{
    private readonly string? _database;

    public SubscriptionHost()
        : this(null)
    {
    }

    /// <summary>A host on the store <paramref name="database"/> names (a postgres:// URL); null: a fresh SQLite file.</summary>
    internal SubscriptionHost(string? database) => _database = database;

    public const string PublicUrl = "http://storyline.test/";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "storyline-subscriptions-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private IngestPipeline? _pipeline;
    private int _news;

    public SmtpSink? Sink { get; private set; }
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero));
    internal CapturingLoggerProvider Logs { get; } = new();
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");
    public IStorylineStore Store => _app!.Services.GetRequiredService<IStorylineStore>();
    public DigestRunner Runner => _app!.Services.GetRequiredService<DigestRunner>();

    private Dictionary<string, string?> _settings = [];

    /// <summary>The <c>--db</c> of this host's store.</summary>
    public string Database => _database ?? Path.Combine(_directory, "test.db");

    /// <summary>
    /// Another node on the same database and SMTP server, as a second <c>storyline</c> process would be: its own store
    /// connection, scheduler and sender, and a clock <paramref name="skew"/> ahead (no two machines agree to the
    /// millisecond, so their digests get different idempotency keys). Dispose the node, then its store.
    /// </summary>
    public (ServiceProvider Node, IStorylineStore Store) SecondNode(TimeSpan skew)
    {
        var clock = new FakeTimeProvider(Time.GetUtcNow() + skew);
        var store = StoreFactory.Open(Database, clock);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(store);
        services.AddStorylineSubscriptions(new ConfigurationBuilder().AddInMemoryCollection(_settings).Build());
        return (services.BuildServiceProvider(), store);
    }

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        Sink = await SmtpSink.StartAsync(Path.Combine(_directory, "mail"));
        if (Sink is null) return;
        var store = StoreFactory.Open(Database, Time);
        await store.MigrateAsync(CancellationToken.None);
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(_settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = Sink.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp:Tls"] = "none",
            ["Smtp:From"] = "Storyline Digest <digest@storyline.test>",
            ["Smtp:Timeout"] = "00:00:10",
            ["Subscriptions:PublicUrl"] = PublicUrl,
            ["Subscriptions:BackgroundSending"] = "false",
            ["Subscriptions:MaxSendsPerSecond"] = "0",
        });
        builder.Logging.ClearProviders().AddProvider(Logs).SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.Services.AddSingleton(store);
        builder.Services.AddProblemDetails();
        builder.Services.AddAntiforgery();
        builder.Services.AddStorylineRateLimits(new WebOptions { PostsPerWindow = 100_000 });
        builder.Services.AddStorylineSubscriptions(builder.Configuration);
        _app = builder.Build();
        _app.UseHeadAsGet();
        _app.UseRouting(); // explicitly after HEAD-as-GET, as the site does, or WebApplication routes first
        _app.UseRateLimiter();
        _app.UseAntiforgery();
        _app.MapSubscriptions();
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
        _pipeline = new IngestPipeline(store, ClustererFactory.Create(), new ArticleExtractor(), new ArticleAnalyzer(), Time);
    }

    /// <summary>Skips the calling test when the sink could not start.</summary>
    public void RequireSink()
    {
        if (Sink is null) Assert.Skip(SmtpSink.InstallHint);
    }

    public HttpClient Client() => new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true })
    {
        BaseAddress = BaseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Turns a link from a mail (on the public URL) into one on this test server.</summary>
    public Uri Local(Uri link) => new(BaseAddress, link.PathAndQuery.TrimStart('/'));

    /// <summary>Ingests one new synthetic report (a fresh story unless <paramref name="title"/> repeats) at the fake clock's time.</summary>
    public async Task<long> PublishAsync(string title, string outlet = "Harbour Ledger", string topic = "transport")
    {
        var n = Interlocked.Increment(ref _news);
        var text = $"""
            Title: {title}
            Outlet: {outlet}
            Url: https://news{n}.example/report-{n}
            Published: -1h
            Topics: {topic}

            {title}. {Sentence(title, 1)}

            {Sentence(title, 2)} {Sentence(title, 3)}
            """;
        var (article, url) = DemoFileParser.Parse(text, Time.GetUtcNow());
        var outcome = await _pipeline!.IngestAsync(article, $"test:{n}", url, CancellationToken.None);
        return outcome is IngestOutcome.Ingested { Result: Storage.Model.IngestResult.Stored stored } ? stored.StoryId : throw new InvalidOperationException("not stored");
    }

    /// <summary>
    /// A sentence made of the title's own words in a stable order per salt: reports with different titles share no words
    /// the clusterer could join them on (a shared vocabulary did, so a test's news could land in another test's story).
    /// </summary>
    private static string Sentence(string title, int salt)
    {
        var words = title.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var random = new Random(title.Sum(c => c) * 31 + salt);
        return string.Join(' ', Enumerable.Range(0, 12).Select(_ => words[random.Next(words.Length)])) + ".";
    }

    /// <summary>Signs up through the JSON API and returns the HTTP status.</summary>
    public async Task<HttpStatusCode> SignUpAsync(string email, string follow = "front", string? frequency = "daily", bool consent = true, bool replies = false)
    {
        using var client = Client();
        using var response = await client.PostAsync(new Uri("subscriptions", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(new { email, follow, frequency, consent, replies }));
        return response.StatusCode;
    }

    /// <summary>Signs up, sends the confirmation, opens its link: an active subscription.</summary>
    public async Task ConfirmedAsync(string email, string follow = "front", string frequency = "daily", bool replies = false)
    {
        Assert.Equal(HttpStatusCode.Accepted, await SignUpAsync(email, follow, frequency, replies: replies));
        await Runner.RunAsync(now: true, CancellationToken.None);
        var confirm = LinkIn(Sink!.MessagesTo(email).Last(), "confirm");
        using var client = Client();
        using var response = await client.GetAsync(Local(confirm));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The first link to <c>/subscriptions/{kind}</c> in a message's plain-text part.</summary>
    public static Uri LinkIn(MimeKit.MimeMessage message, string kind)
    {
        var match = Regex.Match(message.TextBody ?? "", $@"http\S+/subscriptions/{kind}\?token=[A-Za-z0-9_\-]+");
        Assert.True(match.Success, $"the mail has a {kind} link");
        return new Uri(match.Value);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        if (Sink is not null) await Sink.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over cleanup.
        }
    }
}
