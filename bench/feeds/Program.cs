using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Storyline.Bench.Feeds;
using Storyline.Core.Feeds;
using Storyline.Fetching;

// Feeds and fetching benchmark. See README.md for the commands.
var mode = args.FirstOrDefault() ?? "all";
int Arg(string name, int fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;

Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
if (mode is "parse" or "all") Parse(Arg("--feeds", 1600), Arg("--items", 25), Arg("--rounds", 3));
if (mode is "cycle" or "all") await CycleAsync(Arg("--feeds", 500), Arg("--items", 20), Arg("--hosts", 1), polite: false);
if (mode is "polite") await CycleAsync(Arg("--feeds", 500), Arg("--items", 20), Arg("--hosts", 25), polite: true);
return 0;

static void Parse(int feeds, int items, int rounds)
{
    var corpus = Enumerable.Range(0, feeds)
        .Select(i => (Format: FeedCorpus.Formats[i % FeedCorpus.Formats.Length], Bytes: FeedCorpus.Generate(FeedCorpus.Formats[i % FeedCorpus.Formats.Length], i, items, 1)))
        .ToList();
    var parser = new FeedParser();
    foreach (var (_, bytes) in corpus) parser.Parse(bytes); // warm-up: every format through the JIT tiers first

    Console.WriteLine($"\n## parse: {feeds} generated feeds × {items} items, {corpus.Sum(c => c.Bytes.Length) / 1024.0 / 1024.0:0.0} MiB, best of {rounds} rounds\n");
    Console.WriteLine("| format | feeds | feeds/s | items/s | MiB/s |");
    Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
    foreach (var group in corpus.GroupBy(c => c.Format).Append(corpus.GroupBy(_ => (FeedFormat)(-1)).Single()))
    {
        var list = group.ToList();
        var best = double.MaxValue;
        var itemCount = 0;
        for (var r = 0; r < rounds; r++)
        {
            itemCount = 0;
            var watch = Stopwatch.StartNew();
            foreach (var (_, bytes) in list)
                if (parser.Parse(bytes) is FeedParseOutcome.Parsed p) itemCount += p.Feed.Items.Count;
                else throw new InvalidOperationException("generated feed did not parse");
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        var name = (int)group.Key < 0 ? "**all**" : group.Key.ToString();
        var mib = list.Sum(c => c.Bytes.Length) / 1024.0 / 1024.0;
        Console.WriteLine($"| {name} | {list.Count} | {list.Count / best:N0} | {itemCount / best:N0} | {mib / best:N1} |");
    }
}

static async Task CycleAsync(int feeds, int items, int hosts, bool polite)
{
    // The server: one Kestrel listener per loopback address (127.0.0.1 … 127.0.0.N), so per-host politeness applies per address.
    var bodies = new Dictionary<string, (byte[] Body, string Type, string ETag)>(StringComparer.Ordinal);
    var builder = WebApplication.CreateSlimBuilder();
    builder.Logging.ClearProviders();
    builder.WebHost.UseKestrel(k => { for (var h = 1; h <= hosts; h++) k.Listen(IPAddress.Parse($"127.0.0.{h}"), 0); });
    await using var app = builder.Build();
    app.Run(async context =>
    {
        if (!bodies.TryGetValue(context.Request.Path.Value ?? "", out var feed)) { context.Response.StatusCode = 404; return; }
        context.Response.Headers.ETag = feed.ETag;
        if (context.Request.Headers.IfNoneMatch == feed.ETag) { context.Response.StatusCode = 304; return; }
        context.Response.ContentType = feed.Type;
        await context.Response.Body.WriteAsync(feed.Body, context.RequestAborted);
    });
    await app.StartAsync();
    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.ToList();

    var settings = new Dictionary<string, string?> { ["Fetch:AllowPrivateAddresses"] = "true", ["Fetch:FetchFullText"] = "false" };
    if (!polite) { settings["Fetch:MinHostDelay"] = "00:00:00"; settings["Fetch:MaxHostJitter"] = "00:00:00"; }
    // The fetcher gets its own container, apart from the server's, as it would in the storyline process.
#pragma warning disable ASP0000
    var services = new ServiceCollection().AddStorylineFetching(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();
#pragma warning restore ASP0000
    await using var _ = services;
    var store = services.GetRequiredService<IFeedStateStore>();
    long totalBytes = 0;
    for (var i = 0; i < feeds; i++)
    {
        var format = FeedCorpus.Formats[i % FeedCorpus.Formats.Length];
        var body = FeedCorpus.Generate(format, i, items, 2);
        totalBytes += body.Length;
        var type = format is FeedFormat.JsonFeed10 or FeedFormat.JsonFeed11 ? "application/feed+json" : "application/xml";
        bodies[$"/feeds/{i}"] = (body, type, $"\"{i}-v1\"");
        await store.AddAsync(new FeedState { Url = new Uri($"{addresses[i % addresses.Count]}/feeds/{i}"), Added = DateTimeOffset.UtcNow }, CancellationToken.None);
    }
    var cycle = services.GetRequiredService<FeedCycle>();
    Console.WriteLine($"\n## cycle: {feeds} feeds × {items} items on {hosts} loopback host(s), {totalBytes / 1024.0 / 1024.0:0.0} MiB, politeness {(polite ? "default (1 s + up to 1 s jitter per host)" : "off")}\n");
    Console.WriteLine("| pass | feeds | fetched | not modified | failed | new items | seconds | feeds/s | items/s |");
    Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    foreach (var pass in new[] { "cold (200, parse, new items)", "warm (conditional GET, 304)" })
    {
        foreach (var state in await store.ListAsync(CancellationToken.None))
            await store.SaveAsync(state with { NextCheck = null }, CancellationToken.None);
        var watch = Stopwatch.StartNew();
        var results = await cycle.RunOnceAsync(null, CancellationToken.None);
        var seconds = watch.Elapsed.TotalSeconds;
        var newItems = results.Sum(r => r.NewItems.Count);
        Console.WriteLine($"| {pass} | {results.Count} | {results.Count(r => r.Outcome is FetchOutcome.Fetched)} | {results.Count(r => r.Outcome is FetchOutcome.NotModified)} | {results.Count(r => r.Outcome is FetchOutcome.Failed)} | {newItems} | {seconds:0.00} | {results.Count / seconds:N0} | {newItems / seconds:N0} |");
    }
    await app.StopAsync();
}
