using System.Net;
using System.Text;
using System.Text.Json;

namespace Storyline.Tests.Cli;

/// <summary><c>storyline ingest URL</c> against a feed and pages served on loopback.</summary>
public sealed class IngestUrlTests
{
    internal static async Task<(HttpListener Listener, string Base, Task Serving)> ServeAsync(Func<string, string> body, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = Random.Shared.Next(20_000, 60_000);
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                continue;
            }
            var serving = Task.Run(async () =>
            {
                // Bounded: at most 50 requests, and the listener stops with the test.
                for (var i = 0; i < 50 && listener.IsListening && !cancellationToken.IsCancellationRequested; i++)
                {
                    HttpListenerContext context;
                    try { context = await listener.GetContextAsync(); }
                    catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
                    var path = context.Request.Url!.AbsolutePath;
                    var bytes = Encoding.UTF8.GetBytes(body(path));
                    context.Response.ContentType = path.EndsWith(".xml", StringComparison.Ordinal) ? "application/rss+xml; charset=utf-8" : "text/html; charset=utf-8";
                    await context.Response.OutputStream.WriteAsync(bytes, cancellationToken);
                    context.Response.Close();
                }
            }, cancellationToken);
            return (listener, $"http://127.0.0.1:{port}", serving);
        }
    }

    internal static string Site(string baseUrl, string path) => path switch
    {
        "/feed.xml" => $"""
            <?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title><link>{baseUrl}/</link>
            <item><title>Harbour bridge to close for repairs</title><link>{baseUrl}/a1.html</link><guid>a1</guid><description>Short.</description></item>
            <item><title>Ferry timetable doubled</title><link>{baseUrl}/a2.html</link><guid>a2</guid>
            <description><![CDATA[<p>The city will run ferries every 15 minutes during the bridge closure, officials said on Monday in a statement to residents.</p>]]></description></item>
            </channel></rss>
            """,
        "/a1.html" => "<html><head><title>Harbour bridge to close</title></head><body><article><h1>Harbour bridge to close for repairs</h1>"
            + "<p>The Eastgate harbour bridge will close to traffic for six months from March, the chief engineer said on Tuesday.</p>"
            + "<p>Commuters will be offered a temporary ferry service running every 15 minutes during peak hours.</p></article></body></html>",
        _ => "<html><body><p>Not found</p></body></html>",
    };

    [Fact]
    public async Task IngestFeedUrl_StoresEachItemWithTheFeedAsOriginAndFetchesFullText()
    {
        using var tmp = new TempDir();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var baseUrl = "";
        var (listener, b, serving) = await ServeAsync(path => Site(baseUrl, path), cts.Token);
        baseUrl = b;
        try
        {
            Environment.SetEnvironmentVariable("STORYLINE__FETCH__ALLOWPRIVATEADDRESSES", null);
            var info = CliProcess.StartInfo("ingest", $"{baseUrl}/feed.xml", "--json", "--db", tmp.Db);
            info.Environment["STORYLINE__FETCH__ALLOWPRIVATEADDRESSES"] = "true";
            using var process = System.Diagnostics.Process.Start(info)!;
            process.StandardInput.Close();
            var stdout = await process.StandardOutput.ReadToEndAsync(cts.Token);
            await process.WaitForExitAsync(cts.Token);

            Assert.Equal(0, process.ExitCode);
            var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(2, lines.Count);
            Assert.All(lines, l => Assert.Equal($"{baseUrl}/feed.xml", l.GetProperty("origin").GetString()));
            Assert.Equal($"{baseUrl}/a1.html", lines[0].GetProperty("url").GetString());
            var story = await CliProcess.RunAsync("story", lines[0].GetProperty("story").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--json", "--db", tmp.Db);
            Assert.Contains("six months from March", story.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            listener.Stop();
            listener.Close();
            await cts.CancelAsync();
        }
    }

    [Fact]
    public async Task IngestLoopbackUrl_WithoutPermission_IsRefusedWithOneLine()
    {
        using var tmp = new TempDir();
        var info = CliProcess.StartInfo("ingest", "http://127.0.0.1:9/feed.xml", "--db", tmp.Db);
        info.Environment.Remove("STORYLINE__FETCH__ALLOWPRIVATEADDRESSES");
        using var process = System.Diagnostics.Process.Start(info)!;
        process.StandardInput.Close();
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.NotEqual(0, process.ExitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("private", line, StringComparison.Ordinal);
    }
}
