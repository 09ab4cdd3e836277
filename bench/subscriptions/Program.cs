using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Storyline.Core.Analysis;
using Storyline.Core.Extraction;
using Storyline.Demo;
using Storyline.Ingestion;
using Storyline.Storage;
using Storyline.Storage.Subscriptions;
using Storyline.Subscriptions;

// Digests composed and sent per second to a local SMTP sink (python3-aiosmtpd) for N confirmed subscribers, on a fresh
// SQLite file or, with --db postgres://…, in a fresh schema of that PostgreSQL database (dropped at the end).
var dbAt = Array.IndexOf(args, "--db");
var serverDb = dbAt >= 0 && dbAt + 1 < args.Length ? args[dbAt + 1] : null;
var numbers = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (dbAt < 0 || i != dbAt + 1)).ToList();
var subscribers = numbers.Count > 0 ? int.Parse(numbers[0], CultureInfo.InvariantCulture) : 10_000;
var schema = "bench_" + Guid.NewGuid().ToString("N");
var root = FindRepoRoot();
var python = FindPython() ?? throw new InvalidOperationException("python3-aiosmtpd is missing: run bench/subscriptions/setup.sh");
var work = Path.Combine(Path.GetTempPath(), "storyline-bench-subscriptions-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(work);
var port = FreePort();
using var sink = Process.Start(new ProcessStartInfo(python, [Path.Combine(root, "tests/Storyline.Tests/Subscriptions/smtp_sink.py"), "127.0.0.1", port.ToString(CultureInfo.InvariantCulture), Path.Combine(work, "mail")])
{
    RedirectStandardOutput = true,
})!;
try
{
    if (await sink.StandardOutput.ReadLineAsync() != "ready") throw new InvalidOperationException("the SMTP sink did not start");
    var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 6, 0, 0, TimeSpan.Zero));
    var db = serverDb is null ? Path.Combine(work, "bench.db") : serverDb + (serverDb.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "schema=" + schema;
    await using var store = StoreFactory.Open(db, time);
    await store.MigrateAsync(CancellationToken.None);
    var services = new ServiceCollection();
    services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning).AddConsole());
    services.AddSingleton<TimeProvider>(time);
    services.AddSingleton(store);
    services.AddStorylineSubscriptions(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture),
        ["Smtp:Tls"] = "none",
        ["Smtp:From"] = "Storyline Digest <digest@storyline.test>",
        ["Subscriptions:PublicUrl"] = "https://storyline.example/",
        ["Subscriptions:MaxSendsPerSecond"] = "0",
        ["Subscriptions:BatchSize"] = "500",
    }).Build());
    await using var provider = services.BuildServiceProvider();

    var clock = Stopwatch.StartNew();
    for (var i = 0; i < subscribers; i++)
    {
        // Half follow the front page, the rest a topic or an outlet of the demo corpus.
        var follow = (i % 4) switch { 0 or 1 => "front", 2 => "topic:transport", _ => "outlet:Northgate Daily" };
        var signUp = await store.AddSubscriptionAsync(new NewSubscription
        {
            Email = $"reader{i:D5}@example.org", Follow = follow, Frequency = "daily",
            Consent = new ConsentEvent { Action = "requested", At = time.GetUtcNow(), NoticeVersion = ConsentNotice.Version, SourcePage = "/" },
        }, CancellationToken.None);
        await store.ConfirmSubscriptionAsync(signUp.Subscription.Id,
            new ConsentEvent { Action = "confirmed", At = time.GetUtcNow(), NoticeVersion = ConsentNotice.Version }, time.GetUtcNow().AddDays(1), CancellationToken.None);
    }
    var setupMs = clock.ElapsedMilliseconds;
    time.Advance(TimeSpan.FromMinutes(1));
    var pipeline = new IngestPipeline(store, ClustererFactory.Create(), new ArticleExtractor(), new ArticleAnalyzer(), time);
    var loaded = await DemoCorpus.LoadAsync(pipeline, time, CancellationToken.None);
    time.Advance(TimeSpan.FromDays(1));

    clock.Restart();
    var composed = await provider.GetRequiredService<DigestScheduler>().ComposeDueAsync(ignoreSchedule: false, CancellationToken.None);
    var composeMs = clock.ElapsedMilliseconds;
    clock.Restart();
    var sent = await provider.GetRequiredService<OutboxSender>().SendPendingAsync(ignoreBackoff: false, CancellationToken.None);
    var sendMs = clock.ElapsedMilliseconds;
    var delivered = Directory.GetFiles(Path.Combine(work, "mail"), "*.eml").Length;
    var outbox = await store.CountOutboxAsync(CancellationToken.None);
    var size = serverDb is null ? $"SQLite file {new FileInfo(db).Length / 1_048_576.0:0.0} MiB" : "PostgreSQL";

    static string Rate(int n, long ms) => (n / Math.Max(ms / 1000.0, 0.001)).ToString("0", CultureInfo.InvariantCulture);
    Console.WriteLine($"subscribers: {subscribers:N0} (setup {setupMs / 1000.0:0.0} s), demo reports: {loaded.Stored}");
    Console.WriteLine("| step | count | seconds | per second |");
    Console.WriteLine("| --- | ---: | ---: | ---: |");
    Console.WriteLine($"| compose digests into the outbox | {composed:N0} | {composeMs / 1000.0:0.00} | {Rate(composed, composeMs)} |");
    Console.WriteLine($"| send over SMTP to the local sink | {sent.Sent:N0} | {sendMs / 1000.0:0.00} | {Rate(sent.Sent, sendMs)} |");
    Console.WriteLine($"| end to end | {sent.Sent:N0} | {(composeMs + sendMs) / 1000.0:0.00} | {Rate(sent.Sent, composeMs + sendMs)} |");
    Console.WriteLine($"messages in the sink: {delivered:N0}; outbox: {outbox}; store: {size}");
    if (delivered != composed || sent.Sent != composed) throw new InvalidOperationException("lost or doubled mail");
}
finally
{
    if (!sink.HasExited) sink.Kill();
    await sink.WaitForExitAsync();
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(work, recursive: true);
    if (serverDb is not null)
    {
        await using var connection = new Npgsql.NpgsqlConnection(Storyline.Storage.Postgres.PostgresUrl.Parse(serverDb).ConnectionString);
        await connection.OpenAsync();
        await using var drop = new Npgsql.NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

static string FindRepoRoot()
{
    for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Storyline.slnx"))) return dir.FullName;
    throw new InvalidOperationException("run from inside the repository");
}

static string? FindPython()
{
    foreach (var candidate in new[] { "/usr/bin/python3", "python3" })
    {
        try
        {
            using var probe = Process.Start(new ProcessStartInfo(candidate, ["-c", "import aiosmtpd"]) { RedirectStandardError = true });
            probe!.WaitForExit();
            if (probe.ExitCode == 0) return candidate;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Not installed there.
        }
    }
    return null;
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
